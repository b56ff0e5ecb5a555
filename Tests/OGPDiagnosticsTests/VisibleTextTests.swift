import OGPDiagnostics
import Testing

/// How text from an input is shown: the one neutraliser every text output uses.
struct VisibleTextTests {
  @Test func controlsBecomePicturesAndBidiControlsReplacementCharacters() {
    #expect("a\u{1B}[31mb".visible(lineBreaks: .kept) == "a␛[31mb")
    #expect("\u{202E}exe.gnp\u{2066}".visible(lineBreaks: .kept) == "\u{FFFD}exe.gnp\u{FFFD}")
    #expect("\u{0}\u{7F}\u{85}".visible(lineBreaks: .kept) == "␀␡\u{FFFD}")
    #expect("tab\there".visible(lineBreaks: .kept) == "tab here")
  }

  @Test func lineBreaksAreKeptSpacedOrShown() {
    #expect("one\r\ntwo\rthree\n".visible(lineBreaks: .kept) == "one\r\ntwo␍three\n")
    #expect("one\ntwo".visible(lineBreaks: .space) == "one two")
    #expect("one\ntwo".visible(lineBreaks: .picture) == "one␊two")
    #expect("plain ASCII stays".visible(lineBreaks: .picture) == "plain ASCII stays")
  }

  @Test func workflowCommandsAtALineStartAreDefused() {
    #expect("::add-mask::x".defusingWorkflowCommands() == "\u{FF1A}:add-mask::x")
    #expect(
      "a\n  ::error::b\r\n\t::warning::c".defusingWorkflowCommands()
        == "a\n  \u{FF1A}:error::b\r\n\t\u{FF1A}:warning::c")
    // Any white space the runner trims, not only ASCII.
    #expect("\u{3000}::stop-commands::t".defusingWorkflowCommands() == "\u{3000}\u{FF1A}:stop-commands::t")
    // Not at a line start, or a single colon: left as it is.
    #expect("a ::error::b".defusingWorkflowCommands() == "a ::error::b")
    #expect(":one colon\n:: ".defusingWorkflowCommands() == ":one colon\n\u{FF1A}: ")
    #expect("no colon".defusingWorkflowCommands() == "no colon")
  }

  @Test func pathsStayOnOneLineWithoutACommand() {
    #expect("plans/a\n::error::x.ogp".visiblePath == "plans/a␊::error::x.ogp")
    #expect("::error::x.ogp".visiblePath == "\u{FF1A}:error::x.ogp")
  }
}
