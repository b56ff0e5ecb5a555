import Foundation
import OGPModel

/// `OBJ009`: a commitment advancing strategic objective 5 that produces no evidence, case or story.
public struct InnovationWithoutEvidence: LintRule {
  public static let description = RuleDescription(
    code: "OBJ009", name: "innovation-without-evidence", category: .objectives, defaultSeverity: .warning,
    summary: "A commitment advances innovation (SO5) but no deliverable is evidence, a case or a story.",
    rationale: """
      Strategic objective 5 makes OGP a hub of innovative cases, evidence and stories, answering \
      the consultation's call for a home for inspiration, innovation, evidence and stories. A \
      commitment that claims it should deliver something others can learn from: an evaluation, a \
      case study, research, lessons learnt. Deliverables are matched against the configurable \
      `[evidence] words` (English, Spanish, Portuguese and French by default), at the start of a \
      word, ignoring case and accents.
      """,
    fix: "Add a milestone whose deliverable is an evaluation, a case study or a published story of the work.",
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
    let words = context.configuration.evidenceWords.map { $0.folded }
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
          "commitment '\(commitment.title)' advances \(objective.id.localName) but no deliverable is evidence, a case or a story",
          label: "nothing others can learn from")
      }
    }
  }

  /// True when one of `words` starts a word of `text`.
  static func mentions(_ words: [String], in text: String) -> Bool {
    let folded = text.folded
    return words.contains { word in
      var searchRange = folded.startIndex..<folded.endIndex
      while let found = folded.range(of: word, range: searchRange) {
        if found.lowerBound == folded.startIndex || !folded[folded.index(before: found.lowerBound)].isLetter {
          return true
        }
        searchRange = found.upperBound..<folded.endIndex
      }
      return false
    }
  }
}

extension String {
  /// Lower case without accents, for matching words the way a reader would.
  fileprivate var folded: String {
    folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
