import OGPDiagnostics
import Testing

@testable import OGPLanguage

/// The parser says when a text stops where the grammar goes on at the next line: what the REPL
/// asks before it reads another line of a multi-line input.
struct IncompleteInputTests {
  static func file(_ text: String) -> SourceFile {
    SourceFile(id: SourceFileID(0), path: "t.ogp", text: text)
  }

  static func fileIsIncomplete(_ text: String) -> Bool { Parser.parse(file(text)).isIncomplete }

  static func expressionIsIncomplete(_ text: String) -> Bool {
    Parser.parseExpression(file(text)).isIncomplete
  }

  @Test(arguments: [
    "plan p \"P\" {\n",
    "plan p \"P\" {\n  commitment c \"C\" {\n    lead a\n",
    "plan p \"P\" {\n  problem \"\"\"\n  text\n",
    "actor a government \"A\" { branch executive,\n",
    "plan p \"P\" {\n  members a,\n",
    "plan p \"P\" {\n  period 2024-09 ..\n",
    "rule R001 warning \"R\" {\n  each commitment c\n",
    "problem \"\"\"\n",
  ])
  func textsThatStopInsideAreIncomplete(_ text: String) {
    #expect(Self.fileIsIncomplete(text), "\(text.debugDescription)")
  }

  @Test(arguments: [
    "",
    "plan p \"P\" {\n}\n",
    "actor a government \"A\" { branch executive }\n",
    // Errors that more lines cannot mend are shown at once.
    "plan p \"P\" }\n",
    "actor a government \"A\" { branch executive, }\n",
    "plan p \"P\" {\n  problem \"unterminated\n}\n",
    "rule R001 warning \"R\" {\n  each commitment c\nplan p \"P\" {}\n",
  ])
  func wholeTextsAndMistakesAreComplete(_ text: String) {
    #expect(!Self.fileIsIncomplete(text), "\(text.debugDescription)")
  }

  @Test(arguments: [
    "count(commitments\n",
    "count(\n",
    "count(commitments,\n",
    "(commitments\n",
    "commitments where\n",
    "count(milestones where\n",
    "count(commitments) >\n",
    "a and\n", "a or\n", "not\n", "a in\n", "a not in\n", "end -\n", "a +\n",
    "\"\"\"\nsome text\n",
  ])
  func expressionsThatStopAfterAnOperatorOrInsideAreIncomplete(_ text: String) {
    #expect(Self.expressionIsIncomplete(text), "\(text.debugDescription)")
  }

  @Test(arguments: [
    "commitments where end > as_of\n",
    "count(commitments\n  where status == complete)\n",
    "count(commitments))\n",
    "commitments.\n",
    "count(commitments foo\n",
    "a == == b\n",
  ])
  func wholeExpressionsAndMistakesAreComplete(_ text: String) {
    #expect(!Self.expressionIsIncomplete(text), "\(text.debugDescription)")
  }
}
