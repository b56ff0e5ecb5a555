import OGPModel

/// `STR003`: a commitment id that does not follow the plan's prefix and four digits.
public struct CommitmentIDPrefix: BuiltInRule {
  /// OGP's site numbers commitments with four digits after the member's prefix.
  static let digitCount = 4

  public static let description = RuleDescription(
    code: "STR003", name: "commitment-id-prefix", category: .structure, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment id does not follow the plan's 'prefix' and four digits.",
      es: "El identificador de un compromiso no sigue el 'prefix' del plan y cuatro dígitos."),
    rationale: LocalizedText(
      en: """
        Commitment ids on OGP's site are the member's prefix and four digits (UY0143 for Uruguay; \
        local members use longer prefixes, ESVAC0007). Once a plan declares its 'prefix', this \
        rule asks for exactly that form, four zero-padded digits rather than any number of them, \
        so that each id matches OGP's and the IRM's records character for character: UY143 would \
        not. Plans without a prefix are not checked.
        """,
      es: """
        Los identificadores de compromiso en el sitio de OGP son el prefijo del miembro y cuatro \
        dígitos (UY0143 para Uruguay; los miembros locales usan prefijos más largos, ESVAC0007). \
        Cuando un plan declara su 'prefix', esta regla pide exactamente esa forma, cuatro \
        dígitos con ceros a la izquierda y no un número cualquiera de ellos, para que cada \
        identificador coincida carácter por carácter con los registros de OGP y del IRM: UY143 \
        no coincidiría. Los planes sin prefijo no se comprueban.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "the form of commitment ids on OGP's website (a member's prefix and four digits: UY0143, ESVAC0007); OGP asks plans for no id form, so matching it only eases tracking",
        es: """
          la forma de los identificadores de compromiso en el sitio web de OGP (el prefijo de un \
          miembro y cuatro dígitos: UY0143, ESVAC0007); OGP no pide a los planes ninguna forma \
          de identificador, así que ajustarse a ella solo facilita el seguimiento
          """)),
    fix: LocalizedText(
      en: "Rename the commitment to its OGP id: the plan's prefix followed by four digits, e.g. 'UY0143'.",
      es:
        "Cambia el nombre del compromiso por su identificador de OGP: el prefijo del plan seguido de cuatro dígitos, p. ej. 'UY0143'."
    ),
    triggering: [
      """
      plan p "Plan de Acción de Uruguay" {
        member "Uruguay" national
        period 2024-09 .. 2026-08
        prefix "UY"
        commitment ↓c01 "Presupuesto abierto" { lead finance }
        commitment UY0143 "Justiça aberta" { lead court }
        commitment ↓UY143 "Parlamento abierto" { lead assembly }
        commitment ↓UY01440 "Información pública" { lead ombuds }
        commitment ↓AR0145 "Gobierno digital" { lead digital }
        commitment ↓uy0146 "Datos abiertos" { lead digital }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción de Uruguay" {
        member "Uruguay" national
        period 2024-09 .. 2026-08
        prefix "UY"
        commitment UY0143 "Presupuesto abierto" { lead finance }
        commitment UY0001 "Justiça aberta" { lead court }
      }
      plan valencia "Plan de Gobierno Abierto de València" {
        member "València" local
        period 2025-01 .. 2026-06
        prefix "ESVAC"
        commitment ESVAC0007 "Ayuntamiento abierto" { lead city }
      }
      """,
      """
      plan p "Without a prefix, any id will do" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" { lead finance }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for plan in context.program.plans {
      guard let prefix = plan.prefix, !prefix.isEmpty else { continue }
      for commitment in plan.commitments {
        let name = commitment.id.localName
        if name.hasPrefix(prefix), Self.isNumber(name.dropFirst(prefix.count)) { continue }
        findings.append(
          Finding(
            at: Anchor(commitment.id),
            StructureText.STR003Message(id: String(name), prefix: prefix, digits: "\(Self.digitCount)"),
            label: StructureText.STR003Label(prefix: prefix, digits: "\(Self.digitCount)"),
            help: StructureText.STR003Help(suggestion: suggestion(for: name, prefix: prefix))))
      }
    }
    return findings
  }

  private static func isNumber(_ text: Substring) -> Bool {
    text.count == digitCount && text.allSatisfy(\.isASCIIDigit)
  }

  /// The prefix and the id's trailing number padded to four digits (`c01` → `UY0001`), or the
  /// prefix and 1 when the id has no number that fits.
  private func suggestion(for name: Substring, prefix: String) -> String {
    let number = String(name.reversed().prefix(while: \.isASCIIDigit).reversed().drop { $0 == "0" })
    let digits = number.isEmpty || number.count > Self.digitCount ? "1" : number
    return prefix + String(repeating: "0", count: Self.digitCount - digits.count) + digits
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
