import Foundation
import OGPModel
import Testing

/// `Program.standardsSelection(for:)`, the one place that chooses a plan's standards version.
struct StandardsSelectionTests {
  static func date(_ text: String) -> PartialDate { Fixtures.date(text) }

  static let v2017 = StandardsVersion(
    id: "v2017", title: "2017", inForceFrom: date("2017-01-01"), inForceUntil: date("2021-12-31"),
    members: .national)
  static let v2022 = StandardsVersion(
    id: "v2022", title: "2022", inForceFrom: date("2022-01-01"), members: .national)
  static let local = StandardsVersion(
    id: "local", title: "Local", inForceFrom: date("2020-01-01"), members: .local)
  static let everyone = StandardsVersion(id: "everyone", title: "Everyone", inForceFrom: date("2019-01-01"))
  static let program = Program(standards: [v2017, v2022, local, everyone])

  static func plan(
    _ kind: MemberKind = .national, period: String = "2024-09", submitted: String? = nil,
    started: String? = nil,
    named: String? = nil
  ) -> ActionPlan {
    ActionPlan(
      id: "p", title: "P", member: Member(name: "M", kind: kind), standards: named,
      period: DateRange(start: date(period), end: date("2030-12")), submitted: submitted.map(date),
      cocreation: started.map { CoCreationEvidence(started: date($0)) })
  }

  @Test("without versions the selection is undeclared")
  func undeclared() {
    #expect(Program().standardsSelection(for: Self.plan()) == .undeclared)
  }

  @Test("the version in force for the member's kind wins over one for every member")
  func byDateAndKind() {
    #expect(Self.program.standardsSelection(for: Self.plan()) == .version(Self.v2022))
    #expect(Self.program.standardsSelection(for: Self.plan(period: "2019-09")) == .version(Self.v2017))
    #expect(Self.program.standardsSelection(for: Self.plan(.local)) == .version(Self.local))
    // Before OGP Local's version, a local plan falls to the version for every member.
    #expect(
      Self.program.standardsSelection(for: Self.plan(.local, period: "2019-06")) == .version(Self.everyone))
  }

  @Test("the co-creation start, else the submission date, else the period's start")
  func whichDate() {
    let started = Self.plan(period: "2022-01", submitted: "2022-01", started: "2021-10")
    #expect(Self.program.standardsSelection(for: started) == .version(Self.v2017))
    let submitted = Self.plan(period: "2022-03", submitted: "2021-12-20")
    #expect(Self.program.standardsSelection(for: submitted) == .version(Self.v2017))
    let none = Self.plan(period: "2015-07")
    #expect(
      Self.program.standardsSelection(for: none)
        == .noneInForce(day: Day(year: 2015, month: 7, day: 1), source: .periodStart))
    let early = Self.plan(period: "2016-07", submitted: "2016-06-30")
    #expect(
      Self.program.standardsSelection(for: early)
        == .noneInForce(day: Day(year: 2016, month: 6, day: 30), source: .submitted))
  }

  @Test("a named version is chosen whatever the dates")
  func named() {
    #expect(
      Self.program.standardsSelection(for: Self.plan(period: "2015-07", named: "v2022"))
        == .version(Self.v2022))
  }

  @Test("documents written before the standards and the logs existed still decode")
  func olderDocumentsDecode() throws {
    let json = """
      {"actors":[],"plans":[{"id":"p","title":"P","member":{"name":"M","kind":"national"},
      "period":{"start":"2024-09","end":"2026-08"},"commitments":[],
      "forum":{"title":"F","members":[]},"cocreation":{}}],"rules":[],"schema_version":1,"strategies":[]}
      """
    let program = try ProgramJSON.decode(Data(json.utf8))
    #expect(program.standards.isEmpty)
    #expect(program.plans.first?.forum?.meetings == [])
    #expect(program.plans.first?.cocreation?.channels == [])
  }
}
