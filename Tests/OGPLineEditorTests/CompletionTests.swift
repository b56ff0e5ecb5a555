import Testing

@testable import OGPLineEditor

@Suite struct CompletionTests {
  private static let words = [
    ":load", ":list", ":quit", "SO3.civic_space_protection", "SO3.protect_participation",
  ]

  /// The completer the tests use: the known words that start with the word being typed.
  private static func candidates(_ text: String) -> [String] {
    let word = Completion.currentWord(in: text)
    return words.filter { $0.hasPrefix(word) }
  }

  @Test(arguments: [
    ("", ""),
    (":lo", ":lo"),
    ("advances SO3.pro", "SO3.pro"),
    ("advances SO1.a,SO3.pro", "SO3.pro"),
    ("advances SO1.a, SO3.", "SO3."),
    ("plan p ", ""),
    ("  \tlead", "lead"),
    (":load examples/plans/arc", "examples/plans/arc"),
    ("actor á government", "government"),
  ])
  func theWordIsWhatFollowsTheLastSpaceOrComma(text: String, word: String) {
    #expect(Completion.currentWord(in: text) == word)
  }

  @Test func theCommonPrefixIsComparedByCharacter() {
    #expect(Completion.commonPrefix([]) == "")
    #expect(Completion.commonPrefix(["SO3.civic", "SO3.protect"]) == "SO3.")
    #expect(Completion.commonPrefix([":load", ":list"]) == ":l")
    #expect(Completion.commonPrefix(["agência", "agências"]) == "agência")
    // "é" written as one scalar and as "e" with a combining accent are one character each.
    #expect(Completion.commonPrefix(["caf\u{E9}s", "cafe\u{301}"]) == "caf\u{E9}")
    #expect(Completion.commonPrefix(["same"]) == "same")
  }

  @Test func oneCandidateIsCompletedWithASpace() {
    let step = Completion.step(textBeforeCursor: ":lo", repeated: false, candidates: Self.candidates)
    #expect(step == .replace(deleting: 3, inserting: ":load "))
  }

  @Test func aCandidateEndingInADotOrSlashTakesNoSpace() {
    let dotted = Completion.step(textBeforeCursor: "advances S", repeated: false) { _ in ["SO3."] }
    #expect(dotted == .replace(deleting: 1, inserting: "SO3."))
    let folder = Completion.step(textBeforeCursor: ":load ex", repeated: false) { _ in ["examples/"] }
    #expect(folder == .replace(deleting: 2, inserting: "examples/"))
  }

  @Test func severalCandidatesAreCompletedToWhatTheyShare() {
    let step = Completion.step(textBeforeCursor: "advances S", repeated: false, candidates: Self.candidates)
    #expect(step == .replace(deleting: 1, inserting: "SO3."))
  }

  @Test func severalCandidatesWithNothingToAddAreListedOnTheSecondTab() {
    let first = Completion.step(
      textBeforeCursor: "advances SO3.", repeated: false, candidates: Self.candidates)
    #expect(first == .ambiguous)
    let second = Completion.step(
      textBeforeCursor: "advances SO3.", repeated: true, candidates: Self.candidates)
    #expect(second == .list(["SO3.civic_space_protection", "SO3.protect_participation"]))
  }

  @Test func duplicateCandidatesCountOnce() {
    let step = Completion.step(textBeforeCursor: ":q", repeated: false) { _ in [":quit", ":quit"] }
    #expect(step == .replace(deleting: 2, inserting: ":quit "))
  }

  @Test func candidatesNeverShortenWhatWasTyped() {
    let step = Completion.step(textBeforeCursor: "SO3.pro", repeated: true) { _ in ["SO3.a", "SO3.b"] }
    #expect(step == .list(["SO3.a", "SO3.b"]))
  }

  @Test func theDeletedLengthCountsUnicodeScalars() {
    let step = Completion.step(textBeforeCursor: "actor agê", repeated: false) { _ in ["agência"] }
    #expect(step == .replace(deleting: 3, inserting: "agência "))
    let emoji = Completion.step(textBeforeCursor: "x 🌱a", repeated: false) { _ in ["🌱ab"] }
    #expect(emoji == .replace(deleting: 2, inserting: "🌱ab "))
  }

  @Test func noCandidatesBeeps() {
    #expect(Completion.step(textBeforeCursor: "zzz", repeated: false) { _ in [] } == .noCandidates)
  }

  @Test func aTabOnABlankLineIsKeptAndTheCompleterIsNotAsked() {
    for text in ["", "  ", "\t"] {
      let step = Completion.step(textBeforeCursor: text, repeated: false) { _ in
        Issue.record("the completer was asked about a blank line")
        return []
      }
      #expect(step == .insertTab)
    }
  }

  @Test func inARecalledBlockOnlyTheCursorsLineIsCompleted() {
    let step = Completion.step(textBeforeCursor: "plan p {\n  advances SO3.c", repeated: false) { line in
      #expect(line == "  advances SO3.c")
      return Self.candidates(line)
    }
    #expect(step == .replace(deleting: 5, inserting: "SO3.civic_space_protection "))
    #expect(Completion.step(textBeforeCursor: "plan p {\n", repeated: false) { _ in [":load"] } == .insertTab)
  }

  @Test func theListIsLaidOutDownColumnsThatFit() {
    let words = ["a", "bb", "ccc", "dddd", "e"]
    // Columns 6 wide (the longest word and two spaces); 19 columns hold three of them.
    #expect(Completion.layout(words, width: 19) == ["a     ccc   e", "bb    dddd"])
    #expect(Completion.layout(words, width: 13) == ["a     dddd", "bb    e", "ccc"])
    #expect(Completion.layout(["one-very-long-word", "b"], width: 10) == ["one-very-long-word", "b"])
    #expect(Completion.layout([], width: 80) == [])
  }
}
