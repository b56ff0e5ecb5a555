import OGPModel

/// `STR002`: a commitment whose title repeats that of an earlier commitment of the same plan.
public struct DuplicateCommitmentTitle: BuiltInRule {
  public static let description = RuleDescription(
    code: "STR002", name: "duplicate-commitment-title", category: .structure, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "Two commitments of the same plan have the same title.",
      es: "Dos compromisos del mismo plan tienen el mismo título."),
    rationale: LocalizedText(
      en: """
        A commitment's title is how OGP's site, the IRM's reports and the forum refer to it. Two \
        commitments with one title are confusing to track and often a copy left over from drafting \
        or one commitment split in two. Titles are compared ignoring case and runs of spaces; this \
        is this tool's own convention.
        """,
      es: """
        El título de un compromiso es como se refieren a él el sitio de OGP, los informes del \
        IRM y el foro. Dos compromisos con un mismo título son difíciles de seguir, y a menudo \
        son una copia que quedó del borrador o un compromiso partido en dos. Los títulos se \
        comparan sin distinguir mayúsculas y tratando varios espacios seguidos como uno; es una \
        convención propia de esta herramienta.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "titles are how OGP's website, the IRM and the forum refer to commitments, so two alike are confusing; OGP has no rule on titles",
        es: """
          los títulos son como se refieren a los compromisos el sitio web de OGP, el IRM y el \
          foro, así que dos iguales confunden; OGP no tiene ninguna norma sobre los títulos
          """)),
    fix: LocalizedText(
      en: "Give each commitment a title that says what sets it apart, or merge the two commitments.",
      es: "Da a cada compromiso un título que diga qué lo distingue, o fusiona los dos compromisos."),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" { lead finance }
        commitment c02 "Justiça aberta" { lead court }
        commitment ↓c03 "  presupuesto   ABIERTO " { lead finance }
        commitment ↓c04 "Justiça Aberta" { lead court }
        commitment ↓c05 "PRESUPUESTO abierto" { lead finance }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" { lead finance }
        commitment c02 "Presupuesto abierto municipal" { lead city }
        commitment c03 "Justiça aberta" { lead court }
        commitment c04 "Justica aberta" { lead court }
      }
      """,
      """
      plan p "The same title in two plans is not a duplicate" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" { lead finance }
      }
      plan q "Plan siguiente" {
        member "Arcadia" national
        period 2026-09 .. 2028-08
        commitment c01 "Presupuesto abierto" { lead finance }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for plan in context.program.plans {
      var firstByTitle: [String: (id: String, title: String)] = [:]
      firstByTitle.reserveCapacity(plan.commitments.count)
      for commitment in plan.commitments {
        let key = Self.key(commitment.title)
        guard let first = firstByTitle[key] else {
          firstByTitle[key] = (commitment.id, commitment.title)
          continue
        }
        findings.append(
          Finding(
            at: Anchor(commitment.id),
            StructureText.STR002Message(
              id: String(commitment.id.localName), title: first.title, first: String(first.id.localName)),
            label: StructureText.STR002Label,
            notes: [StructureText.STR002Note(title: first.title, first: String(first.id.localName))],
            help: StructureText.STR002Help(
              id: String(commitment.id.localName), first: String(first.id.localName))))
      }
    }
    return findings
  }

  /// The title lower-cased, with runs of white space as one space and none at either end, built
  /// scalar by scalar into UTF-8 bytes: `String.lowercased()` on a title with one accent, and
  /// splitting into Characters before it, were most of the rule's time. ASCII scalars, most of
  /// any title, skip the Unicode tables.
  static func key(_ title: String) -> String {
    var key: [UInt8] = []
    key.reserveCapacity(title.utf8.count)
    var pendingSpace = false
    for scalar in title.unicodeScalars {
      let isWhitespace =
        scalar.isASCII
        ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
      if isWhitespace {
        pendingSpace = !key.isEmpty
        continue
      }
      if pendingSpace {
        key.append(UInt8(ascii: " "))
        pendingSpace = false
      }
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        key.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
      } else {
        key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: key, as: UTF8.self)
  }
}
