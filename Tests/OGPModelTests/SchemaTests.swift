import Foundation
import OGPModel
import OGPTestSupport
import Testing

/// The schema in `schema/ogp-model.schema.json` against the JSON that `ProgramJSON` writes.
@Suite struct SchemaTests {
  @Test func pythonHasJSONSchema() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ogp-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try SchemaValidator.runPython(
      arguments: ["-c", "import jsonschema"], in: directory)
    #expect(
      result.status == 0,
      """
      The schema tests need python3 with the jsonschema package; install it with \
      `python3 -m pip install jsonschema`. python3 said: \(result.errors)
      """)
  }

  @Test func richProgramIsValid() throws {
    let errors = try SchemaValidator.validate(jsonData: Fixtures.richJSON())
    #expect(errors == [])
  }

  @Test func compactRichProgramIsValid() throws {
    let errors = try SchemaValidator.validate(
      jsonData: ProgramJSON.encode(Fixtures.rich, pretty: false))
    #expect(errors == [])
  }

  @Test func emptyProgramIsValid() throws {
    let errors = try SchemaValidator.validate(jsonData: ProgramJSON.encode(Program()))
    #expect(errors == [])
  }

  @Test(arguments: Mutation.all)
  func mutatedDocumentIsRejected(_ mutation: Mutation) throws {
    let document = try mutation.edit.applied(to: Fixtures.richJSON())
    let errors = try SchemaValidator.validate(jsonData: document)
    try #require(errors.count == 1, "expected one error, got \(errors)")
    let error = errors[0]
    #expect(
      error.hasPrefix("\(mutation.path) [\(mutation.keyword)]: "),
      "expected an error at \(mutation.path) from `\(mutation.keyword)`, got: \(error)")
    #expect(error.contains(mutation.message), "expected '\(mutation.message)' in: \(error)")
    if mutation.swiftRejects {
      #expect(throws: DecodingError.self) { try ProgramJSON.decode(document) }
    } else {
      #expect(throws: Never.self) { try ProgramJSON.decode(document) }
    }
  }

  /// The pattern cannot know month lengths: the schema admits 30 February, the model does not.
  @Test func impossibleDayPassesThePatternButNotTheModel() throws {
    let edit = JSONEdit(object: ["plans", 0], key: "submitted", value: "2023-02-30")
    let document = try edit.applied(to: Fixtures.richJSON())
    #expect(try SchemaValidator.validate(jsonData: document) == [])
    #expect(throws: DecodingError.self) { try ProgramJSON.decode(document) }
  }

  @Test func unqualifiedAndUnicodeIdsAreValidButSpacesAreNot() throws {
    let valid = JSONEdit(
      object: ["plans", 0, "commitments", 0], key: "id", value: "plan_año.Compromiso_1")
    #expect(try SchemaValidator.validate(jsonData: valid.applied(to: Fixtures.richJSON())) == [])
    for bad in ["uy_2023..UY0101", ".UY0101", "uy_2023.", "uy 2023", ""] {
      let edit = JSONEdit(object: ["plans", 0, "commitments", 0], key: "id", value: bad)
      let errors = try SchemaValidator.validate(jsonData: edit.applied(to: Fixtures.richJSON()))
      #expect(
        errors.count == 1 && errors[0].hasPrefix("$.plans[0].commitments[0].id [pattern]: "),
        "id \"\(bad)\": \(errors)")
    }
  }

  // MARK: - The schema file itself

  @Test func rootAndEveryDefinitionAreDocumented() throws {
    let schema = try Self.loadSchema()
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["$id"] is String)
    #expect(schema["title"] is String)
    #expect(schema["description"] is String)
    for (name, definition) in try Self.definitions(schema) {
      #expect(definition["title"] is String, "\(name) has no title")
      #expect(definition["description"] is String, "\(name) has no description")
      guard definition["type"] as? String == "object" else { continue }
      #expect(definition["additionalProperties"] as? Bool == false, "\(name) admits extra keys")
      let properties = definition["properties"] as? [String: [String: Any]] ?? [:]
      for (key, property) in properties {
        #expect(property["description"] is String, "\(name).\(key) has no description")
      }
      let required = definition["required"] as? [String] ?? []
      #expect(Set(required).isSubset(of: properties.keys), "\(name) requires undeclared keys")
    }
  }

  @Test func schemaVersionIsTheModelsVersion() throws {
    let program = try Self.definitions(Self.loadSchema())["Program"]
    let properties = program?["properties"] as? [String: [String: Any]]
    let version = properties?["schema_version"]?["const"] as? Int
    #expect(version == Program.currentSchemaVersion)
  }

  @Test func everyDefinitionIsCoveredByTheseTests() throws {
    let definitions = try Self.definitions(Self.loadSchema())
    let objects = Set(definitions.filter { $0.value["type"] as? String == "object" }.keys)
    let enums = Set(definitions.filter { $0.value["enum"] != nil }.keys)
    #expect(objects == Set(ObjectCase.all.map(\.name)))
    #expect(enums == Set(EnumCase.all.map(\.name)))
    #expect(
      Set(definitions.keys).subtracting(objects).subtracting(enums) == ["PartialDate", "QualifiedId"])
  }

  /// `required` lists exactly the keys a value with no optionals encodes, and `properties`
  /// exactly the keys a value with every optional encodes.
  @Test(arguments: ObjectCase.all)
  func objectKeysMatchTheModel(_ object: ObjectCase) throws {
    let definition = try #require(try Self.definitions(Self.loadSchema())[object.name])
    let properties = try #require(definition["properties"] as? [String: Any])
    let required = try #require(definition["required"] as? [String])
    #expect(Set(required) == (try Self.encodedKeys(object.minimal)))
    #expect(Set(properties.keys) == (try Self.encodedKeys(object.full)))
  }

  @Test(arguments: EnumCase.all)
  func enumValuesMatchTheModel(_ enumeration: EnumCase) throws {
    let definition = try #require(try Self.definitions(Self.loadSchema())[enumeration.name])
    #expect(definition["type"] as? String == "string")
    #expect(definition["enum"] as? [String] == enumeration.values)
  }

  // MARK: - Helpers

  static func loadSchema() throws -> [String: Any] {
    let data = try Data(contentsOf: SchemaValidator.defaultSchemaURL)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func definitions(_ schema: [String: Any]) throws -> [String: [String: Any]] {
    try #require(schema["$defs"] as? [String: [String: Any]])
  }

  /// The top-level keys of `value` encoded as `ProgramJSON` encodes.
  static func encodedKeys(_ value: any Encodable) throws -> Set<String> {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let data = try encoder.encode(value)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return Set(object.keys)
  }
}

/// An invalid document and the error the validator must report for it.
struct Mutation: Sendable, CustomTestStringConvertible {
  var name: String
  var edit: JSONEdit
  /// The JSON path of the offending value, as `jsonschema` writes it.
  var path: String
  var keyword: String
  var message: String
  /// Whether `ProgramJSON.decode` rejects the document too.
  var swiftRejects: Bool = true

  var testDescription: String { "\(name): \(edit)" }

  static let all: [Mutation] = [
    Mutation(
      name: "missing required key",
      edit: JSONEdit(object: ["plans", 0, "commitments", 0], key: "title", value: nil),
      path: "$.plans[0].commitments[0]", keyword: "required",
      message: "'title' is a required property"),
    Mutation(
      name: "bad enum value",
      edit: JSONEdit(object: ["actors", 0], key: "kind", value: "goverment"),
      path: "$.actors[0].kind", keyword: "enum", message: "'goverment' is not one of"),
    Mutation(
      name: "extra key",
      edit: JSONEdit(
        object: ["plans", 0, "commitments", 0, "milestones", 0], key: "colour", value: "red"),
      path: "$.plans[0].commitments[0].milestones[0]", keyword: "additionalProperties",
      message: "'colour' was unexpected", swiftRejects: false),
    Mutation(
      name: "bad month",
      edit: JSONEdit(object: ["plans", 0, "period"], key: "start", value: "2023-13"),
      path: "$.plans[0].period.start", keyword: "pattern", message: "'2023-13' does not match"),
    Mutation(
      name: "bad month in a day",
      edit: JSONEdit(
        object: ["plans", 0, "commitments", 0, "milestones", 0, "period"], key: "end",
        value: "2023-13-01"),
      path: "$.plans[0].commitments[0].milestones[0].period.end", keyword: "pattern",
      message: "'2023-13-01' does not match"),
    Mutation(
      name: "translation into a language ogp does not speak",
      edit: JSONEdit(object: ["plans", 0, "translations", "title"], key: "fr", value: "Plan d'action"),
      path: "$.plans[0].translations.title", keyword: "additionalProperties",
      message: "'fr' was unexpected", swiftRejects: false),
    Mutation(
      name: "wrong type",
      edit: JSONEdit(
        object: ["strategies", 0, "consultation"], key: "contributions", value: "many"),
      path: "$.strategies[0].consultation.contributions", keyword: "type",
      message: "'many' is not of type 'integer'"),
  ]
}

/// A schema object definition with a value of its type that has no optionals and one that has all.
struct ObjectCase: Sendable, CustomTestStringConvertible {
  var name: String
  var minimal: any Encodable & Sendable
  var full: any Encodable & Sendable

  var testDescription: String { name }

  static let all: [ObjectCase] = {
    let strategy = Fixtures.strategy
    let objective = strategy.objectives[0]
    let standard = strategy.standards[0]
    let plan = Fixtures.plan
    let period = Fixtures.range("2024", "2025")
    let member = Member(name: "Uruguay", kind: .national)
    let duration = Duration(amount: 1, unit: .days)
    return [
      ObjectCase(name: "Program", minimal: Program(), full: Fixtures.rich),
      ObjectCase(name: "Strategy", minimal: Strategy(id: "s", title: "S", period: period), full: strategy),
      ObjectCase(
        name: "FundamentalChange", minimal: FundamentalChange(id: "c", title: "C"),
        full: strategy.changes[0]),
      ObjectCase(
        name: "StrategicObjective", minimal: StrategicObjective(id: "o", title: "O"), full: objective),
      ObjectCase(name: "Priority", minimal: Priority(id: "p", title: "P"), full: objective.priorities[0]),
      ObjectCase(
        name: "CoCreationStandard", minimal: CoCreationStandard(id: "s", title: "S"), full: standard),
      ObjectCase(
        name: "StandardsVersion", minimal: StandardsVersion(id: "v", title: "V"),
        full: Fixtures.standardsVersion),
      ObjectCase(
        name: "MinimumRequirement", minimal: MinimumRequirement(requirement: "r"),
        full: standard.minimums[0]),
      ObjectCase(name: "Consultation", minimal: Consultation(), full: strategy.consultation!),
      ObjectCase(
        name: "Actor", minimal: Actor(id: "a", title: "A", kind: .media), full: Fixtures.actors[0]),
      ObjectCase(
        name: "ActionPlan", minimal: ActionPlan(id: "p", title: "P", member: member, period: period),
        full: plan),
      ObjectCase(name: "Member", minimal: member, full: member),
      ObjectCase(name: "Forum", minimal: Forum(title: "F"), full: plan.forum!),
      ObjectCase(name: "CoCreationEvidence", minimal: CoCreationEvidence(), full: plan.cocreation!),
      ObjectCase(
        name: "Commitment", minimal: Commitment(id: "c", title: "C", leads: ["a"]),
        full: Fixtures.commitment),
      ObjectCase(name: "Milestone", minimal: Milestone(id: "m", title: "M"), full: Fixtures.milestone),
      ObjectCase(name: "Assessment", minimal: Assessment(), full: Fixtures.assessment),
      ObjectCase(name: "PlanAssessment", minimal: PlanAssessment(), full: Fixtures.planAssessment),
      ObjectCase(
        name: "Rule", minimal: Rule(id: "r", severity: .info, title: "R"), full: Fixtures.rule),
      ObjectCase(name: "Duration", minimal: duration, full: duration),
      ObjectCase(name: "Translations", minimal: Translations(), full: Fixtures.everyTranslation),
      ObjectCase(
        name: "LocalizedText", minimal: LocalizedText(), full: LocalizedText(en: "Plan", es: "Plan")),
      ObjectCase(name: "DateRange", minimal: period, full: period),
    ]
  }()
}

/// A schema enum definition with the raw values of the Swift enum it documents.
struct EnumCase: Sendable, CustomTestStringConvertible {
  var name: String
  var values: [String]

  var testDescription: String { name }

  init<T: CaseIterable & RawRepresentable>(_ name: String, _ type: T.Type) where T.RawValue == String {
    self.name = name
    self.values = type.allCases.map(\.rawValue)
  }

  static let all: [EnumCase] = [
    EnumCase("ActorKind", ActorKind.self),
    EnumCase("Branch", Branch.self),
    EnumCase("GovernmentLevel", GovernmentLevel.self),
    EnumCase("MemberKind", MemberKind.self),
    EnumCase("OGPValue", OGPValue.self),
    EnumCase("ChallengeArea", ChallengeArea.self),
    EnumCase("Status", Status.self),
    EnumCase("Completion", Completion.self),
    EnumCase("IRMReport", IRMReport.self),
    EnumCase("Specificity", Specificity.self),
    EnumCase("Continuity", Continuity.self),
    EnumCase("CountQualifier", CountQualifier.self),
    EnumCase("PotentialForResults", PotentialForResults.self),
    EnumCase("PotentialImpact", PotentialImpact.self),
    EnumCase("EarlyResults", EarlyResults.self),
    EnumCase("DurationUnit", Duration.Unit.self),
    EnumCase("RuleSeverity", Rule.Severity.self),
  ]
}
