/// `LNT001`: reported by the linter for a suppression comment that silences nothing.
public enum UnusedSuppression {
  public static let code = "LNT001"
  public static let description = RuleDescription(
    code: code, name: "unused-suppression", category: .linter, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A suppression comment silences no finding.",
      es: "Un comentario de silenciamiento no silencia ningún hallazgo."),
    rationale: LocalizedText(
      en: """
        A suppression is a promise that a finding was looked at and accepted. Once the plan changes \
        and the finding is gone, the comment only hides the next, unrelated finding of that rule on \
        the same element. This is this tool's own convention, as in most linters.
        """,
      es: """
        Un silenciamiento es la promesa de que un hallazgo se revisó y se aceptó. Cuando el plan \
        cambia y el hallazgo desaparece, el comentario solo oculta el siguiente hallazgo, sin \
        relación con el anterior, de esa regla sobre el mismo elemento. Es una convención propia \
        de esta herramienta, como en la mayoría de los linters.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "a suppression that silences nothing hides the next, unrelated finding; a convention of most linters",
        es:
          "un silenciamiento que no silencia nada oculta el siguiente hallazgo, sin relación con él; una convención de la mayoría de los linters"
      )),
    fix: LocalizedText(
      en: "Remove the comment.",
      es: "Quita el comentario."),
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        ↓// ogp:disable-next-line OBJ001
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        // ogp:disable-next-line OBJ001
        commitment c01 "Open budgets" {
          lead finance
        }
      }
      """
    ])
}

/// `LNT002`: reported by the linter for a suppression comment it cannot understand.
public enum InvalidSuppressionRule {
  public static let code = "LNT002"
  public static let description = RuleDescription(
    code: code, name: "invalid-suppression", category: .linter, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A suppression comment names an unknown rule, names none, or has nothing to apply to.",
      es:
        "Un comentario de silenciamiento nombra una regla desconocida, no nombra ninguna o no tiene a qué aplicarse."
    ),
    rationale: LocalizedText(
      en: """
        A misspelt code silences nothing while looking as if it did, so the finding it was meant for \
        still fails the build with no obvious reason. This is this tool's own convention.
        """,
      es: """
        Un código mal escrito no silencia nada aunque lo parezca, así que el hallazgo al que iba \
        dirigido sigue haciendo fallar la compilación sin motivo aparente. Es una convención \
        propia de esta herramienta.
        """),
    basis: .heuristic(
      LocalizedText(
        en: "a suppression the linter cannot read silences nothing while looking as if it did",
        es: "un silenciamiento que el linter no puede leer no silencia nada aunque lo parezca")),
    fix: LocalizedText(
      en:
        "Write '// ogp:disable-next-line CODE' or '// ogp:disable CODE' before a declaration, with codes from 'ogp rules'.",
      es:
        "Escribe '// ogp:disable-next-line CÓDIGO' o '// ogp:disable CÓDIGO' antes de una declaración, con códigos de 'ogp rules'."
    ),
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        ↓// ogp:disable-next-line OBJ999
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        // ogp: this is a note to readers, not a directive
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
      }
      """
    ])
}
