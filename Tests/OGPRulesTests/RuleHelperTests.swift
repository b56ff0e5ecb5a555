import Testing

@testable import OGPRules

/// The string helpers rules use on every commitment, rewritten for speed: each must agree with
/// the plain definition it replaced.
@Suite("Rule helpers")
struct RuleHelperTests {
  static let titles = [
    "Presupuesto abierto", "  presupuesto   ABIERTO ", "Justiça Aberta", "ÉCIJA\tÑuñoa\n Añelo",
    "İstanbul Şeffaflık", "ΟΔΟΣ Διαφάνειας", "Straße\u{00A0}der Transparenz", "", "   ", "ǅemal Ǆ",
  ]

  @Test("a title's key is the lower-cased title with runs of white space as one space")
  func titleKey() {
    for title in Self.titles {
      let expected = title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(DuplicateCommitmentTitle.key(title) == expected, "\(title.debugDescription)")
    }
  }

  @Test("an advances target's objective is its first two parts")
  func objectiveID() {
    #expect("s.SO3.protect_participation".objectiveID == "s.SO3")
    #expect("s.SO3".objectiveID == "s.SO3")
    #expect("SO3".objectiveID == "SO3")
    #expect("s.SO3.a.b".objectiveID == "s.SO3")
    #expect("".objectiveID == "")
  }

  @Test("a word is mentioned where it starts a word of the folded text, as the plain scan finds it")
  func mentions() {
    let words = ["evaluation", "case study", "lessons", "é", "x"].map(InnovationWithoutEvidence.fold)
    let texts = [
      "", "Evaluation", "An EVALUACIÓN", "re-evaluation published", "reevaluation", "a case  study",
      "case study.", "Lessons learnt", "blesson", "Évaluation", "x", "x-ray", "ox", "— x", "lesson",
    ]
    // The plain definition: at every position that starts the text or follows a non-letter.
    func plain(_ text: String) -> Bool {
      let folded = InnovationWithoutEvidence.fold(text)
      return words.contains { word in
        folded.indices.contains { start in
          (start == 0 || !folded[start - 1].properties.isAlphabetic)
            && folded[start...].starts(with: word)
        }
      }
    }
    for text in texts {
      #expect(InnovationWithoutEvidence.mentions(words, in: text) == plain(text), "\(text.debugDescription)")
    }
    #expect(InnovationWithoutEvidence.mentions(words, in: "the re-evaluation"))
    #expect(!InnovationWithoutEvidence.mentions(words, in: "reevaluation"))
    #expect(!InnovationWithoutEvidence.mentions([[]], in: "anything"))
  }

  @Test("a deliverable's trimmed length counts characters, by bytes for ASCII as for any text")
  func trimmedLength() {
    let texts = [
      "", "   ", "Report", "  Report  ", "\r\n Report\r\n", "a\r\nb", "\tA report on open data\n",
      "Informe publicado", "Ñandú", "  e\u{301}  ", "x" + String(repeating: " ", count: 40) + "y",
    ]
    for text in texts {
      for limit in [1, 3, 5, 20] {
        #expect(
          text.trimmedLength(atMost: limit) == text.trimmedCharacterCount(atMost: limit),
          "\(text.debugDescription) with limit \(limit)")
      }
    }
    #expect("  Report  ".trimmedLength(atMost: 20) == 6)
    #expect("a\r\nb".trimmedLength(atMost: 20) == 3)
  }
}
