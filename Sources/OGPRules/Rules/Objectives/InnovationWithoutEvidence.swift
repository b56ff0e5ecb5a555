import OGPModel

/// `OBJ009`: a commitment advancing strategic objective 5 that produces no evidence, case or story.
public struct InnovationWithoutEvidence: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ009", name: "innovation-without-evidence", category: .objectives, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment advances innovation (SO5) but no deliverable is evidence, a case or a story.",
      es:
        "Un compromiso hace avanzar la innovación (SO5) pero ningún entregable es una evidencia, un caso o una historia."
    ),
    rationale: LocalizedText(
      en: """
        Strategic objective 5 makes OGP a hub of innovative cases, evidence and stories, answering \
        the consultation's call for a home for inspiration, innovation, evidence and stories. A \
        commitment that claims it should deliver something others can learn from: an evaluation, a \
        case study, research, lessons learnt. Deliverables are matched against the configurable \
        `[evidence] words` (English, Spanish, Portuguese and French by default), at the start of a \
        word, ignoring case and accents.
        """,
      es: """
        El objetivo estratégico 5 convierte a OGP en un centro de casos innovadores, evidencias \
        e historias, en respuesta a la petición de la consulta de un lugar para la inspiración, \
        la innovación, la evidencia y las historias. Un compromiso que lo afirma debería \
        entregar algo de lo que otros puedan aprender: una evaluación, un estudio de caso, una \
        investigación, lecciones aprendidas. Los entregables se cotejan con las palabras \
        configurables de `[evidence] words` (por defecto en inglés, español, portugués y \
        francés), al principio de una palabra, sin distinguir mayúsculas ni tildes.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "this tool's reading of the OGP Strategy 2023–2028, strategic objective 5 (a hub of innovative cases, evidence and stories); the evidence words are this tool's heuristic",
        es: """
          la lectura que hace esta herramienta de la Estrategia de OGP 2023–2028, objetivo \
          estratégico 5 (un centro de casos innovadores, evidencias e historias); las palabras \
          de evidencia son una heurística de esta herramienta
          """)),
    fix: LocalizedText(
      en:
        "Add a milestone whose deliverable is an evaluation, a case study or a published story of the work.",
      es:
        "Añade un hito cuyo entregable sea una evaluación, un estudio de caso o una historia publicada del trabajo."
    ),
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment ↓c01 "Ventanilla única digital" {
          lead digital
          advances SO5
          milestone m1 "Launch" {
            period 2024-10 .. 2025-06
            deliverable "One-stop shop for business permits online"
          }
          milestone m2 "Showcase" {
            period 2025-07 .. 2025-12
            deliverable "Showcase event with the press"
          }
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
        commitment c01 "Ventanilla única digital" {
          lead digital
          advances SO5.academia_research
          milestone m1 "Launch" {
            period 2024-10 .. 2025-06
            deliverable "One-stop shop for business permits online"
          }
          milestone m2 "Evaluación" {
            period 2025-07 .. 2025-12
            deliverable "Evaluación independiente publicada con la universidad"
          }
        }
      }
      """,
      """
      plan p "A word inside another word does not count" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Case management" {
          lead court
          advances SO2
          milestone m1 "Showcase" {
            period 2024-10 .. 2025-06
            deliverable "Showcase of the new court system"
          }
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    let words = context.configuration.evidenceWords.map(Self.fold)
    return context.program.plans.flatMap { plan in
      guard let objective = context.objective(context.configuration.objectives.innovation, of: plan)
      else { return [Finding]() }
      return plan.commitments.compactMap { commitment in
        guard context.advances(commitment, objective),
          !commitment.milestones.contains(where: {
            $0.deliverable.map { Self.mentions(words, in: $0) } ?? false
          })
        else { return nil }
        return Finding(
          at: Anchor(commitment.id),
          ObjectivesText.OBJ009Message(
            commitment: commitment.title, objective: String(objective.id.localName)),
          label: ObjectivesText.OBJ009Label)
      }
    }
  }

  /// True when one of the folded `words` starts a word of `text`.
  static func mentions(_ words: [[Unicode.Scalar]], in text: String) -> Bool {
    let folded = fold(text)
    // Where a word may start, found once for all the words.
    let starts = folded.indices.filter { $0 == 0 || !isLetter(folded[$0 - 1]) }
    return words.contains { word in
      guard let first = word.first else { return false }
      return starts.contains { start in
        folded[start] == first && start + word.count <= folded.count
          && folded[start..<(start + word.count)].elementsEqual(word)
      }
    }
  }

  /// Lower case without the accents of Latin letters, scalar by scalar: "Evaluación" and
  /// "evaluacion" read the same. Foundation's folding did this at a third of the linter's time.
  static func fold(_ text: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x41...0x5A: result.append(Unicode.Scalar(scalar.value + 32) ?? scalar)
      case 0x300...0x36F: continue  // combining accents of decomposed text
      case 0xC0...0xC5, 0xE0...0xE5: result.append("a")
      case 0xC7, 0xE7: result.append("c")
      case 0xC8...0xCB, 0xE8...0xEB: result.append("e")
      case 0xCC...0xCF, 0xEC...0xEF: result.append("i")
      case 0xD1, 0xF1: result.append("n")
      case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: result.append("o")
      case 0xD9...0xDC, 0xF9...0xFC: result.append("u")
      case 0xDD, 0xFD, 0xFF: result.append("y")
      default: result.append(scalar)
      }
    }
    return result
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? (scalar >= "a" && scalar <= "z") : scalar.properties.isAlphabetic
  }
}
