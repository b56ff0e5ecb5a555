import OGPModel

/// `VER003`: a deliverable that is empty or too short to say what will be verified.
public struct VagueDeliverable: BuiltInRule {
  public static let description = RuleDescription(
    code: "VER003", name: "vague-deliverable", category: .verifiability, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A milestone's deliverable is empty or too short to say what will be verified.",
      es: "El entregable de un hito está vacío o es demasiado corto para decir qué se verificará."),
    rationale: LocalizedText(
      en: """
        The IRM asks whether each commitment is verifiable, and OGP's template asks for milestones \
        each with a verifiable deliverable. A deliverable such as "Report" names no content, \
        audience or form that could show the milestone is done. The length cut-off is this tool's \
        own heuristic, set by `[thresholds] min_deliverable_length` in ogp-lint.toml and counted in \
        characters after trimming surrounding spaces and newlines.
        """,
      es: """
        El IRM pregunta si cada compromiso es verificable, y la plantilla de OGP pide hitos, \
        cada uno con un entregable verificable. Un entregable como "Informe" no nombra ningún \
        contenido, público ni forma que pueda demostrar que el hito está cumplido. El límite de \
        longitud es una heurística propia de esta herramienta, fijada por `[thresholds] \
        min_deliverable_length` en ogp-lint.toml y contada en caracteres tras quitar los \
        espacios y saltos de línea de los extremos.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "the IRM's Verifiable indicator asks whether a commitment's outputs can be checked; judging a deliverable vague by its length is this tool's heuristic",
        es: """
          el indicador Verifiable del IRM pregunta si los productos de un compromiso pueden \
          comprobarse; juzgar un entregable como vago por su longitud es una heurística de esta \
          herramienta
          """)),
    fix: LocalizedText(
      en: """
        Describe the output so that anyone can check it exists, e.g. 'deliverable "Public report \
        on proactive disclosure in every ministry"'.
        """,
      es: """
        Describe el producto de modo que cualquiera pueda comprobar que existe, p. ej. \
        'deliverable "Public report on proactive disclosure in every ministry"'.
        """),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Información pública" {
          lead ombuds
          milestone m1 "Revisión de la publicidad activa" {
            period 2024-10 .. 2025-03
            deliverable ↓"Report"
          }
          milestone m2 "Diagnóstico" {
            period 2025-04 .. 2025-06
            deliverable ↓"   "
          }
          milestone m3 "Estudio" {
            period 2025-07 .. 2025-12
            deliverable ↓"  Estudio básico  "
          }
          milestone m4 "Portal" {
            period 2026-01 .. 2026-06
            deliverable ↓""
          }
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Información pública" {
          lead ombuds
          milestone m1 "Revisión de la publicidad activa" {
            period 2024-10 .. 2025-03
            deliverable "Public report on proactive disclosure in every ministry"
          }
          milestone m2 "Fifteen characters exactly, one of them accented" {
            period 2025-04 .. 2025-06
            deliverable "Informe técnico"
          }
        }
      }
      """,
      """
      plan p "A missing deliverable is VER001's finding, not this one's" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Información pública" {
          lead ombuds
          milestone m1 "Revisión de la publicidad activa" {
            period 2024-10 .. 2025-03
          }
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    let minimum = context.thresholds.minimumDeliverableLength
    return context.program.plans.flatMap { plan in
      plan.commitments.flatMap { commitment in
        commitment.milestones.compactMap { milestone -> Finding? in
          guard let deliverable = milestone.deliverable else { return nil }
          let length = deliverable.trimmedLength(atMost: minimum)
          guard length < minimum else { return nil }
          return Finding(
            at: Anchor(milestone.id, clause: "deliverable"),
            length == 0
              ? VerifiabilityText.VER003Empty(milestone: milestone.title)
              : VerifiabilityText.VER003Short(milestone: milestone.title),
            label: length == 0
              ? VerifiabilityText.VER003LabelEmpty : VerifiabilityText.VER003LabelLength(length: length),
            help: VerifiabilityText.VER003Help(minimum: "\(minimum)"))
        }
      }
    }
  }
}

extension String {
  /// The number of characters once surrounding whitespace and newlines are dropped, counted up
  /// to `limit`: a deliverable is only ever compared with the minimum. ASCII text, nearly every
  /// deliverable, is counted by its bytes (one character each, but CR LF); walking Characters
  /// was most of the rule's time.
  func trimmedLength(atMost limit: Int) -> Int {
    var count = 0
    var untilLastVisible = 0
    var previous: UInt8 = 0
    for byte in utf8 {
      guard byte < 0x80 else { return trimmedCharacterCount(atMost: limit) }
      defer { previous = byte }
      if byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r") { continue }
      let isWhitespace = byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
      if count == 0 && isWhitespace { continue }
      count += 1
      if !isWhitespace {
        untilLastVisible = count
        if untilLastVisible >= limit { return limit }
      }
    }
    return untilLastVisible
  }

  /// The same count for any text, Character by Character.
  func trimmedCharacterCount(atMost limit: Int) -> Int {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return 0 }
    var count = 0
    for _ in self[first...last] {
      count += 1
      if count >= limit { break }
    }
    return count
  }
}
