/// The long form of each diagnostic, shown by `ogp explain CODE`.
public struct DiagnosticExplanation: Sendable {
  public let code: DiagnosticCode
  /// One line, lower case, e.g. "unknown objective or priority".
  public let title: String
  /// A few sentences: what the diagnostic means and why the language insists, written for a civil
  /// servant as much as for an engineer.
  public let explanation: String
  /// A small complete `.ogp` file that reports this code and no other (an `ogp-lint.toml` file
  /// for a configuration code, see `isConfiguration`).
  public let example: String
  /// The same file corrected: it reports no error.
  public let fix: String
  /// The name under which `example` and `fix` are saved; `companionFiles` may `use` it.
  public let fileName: String
  /// Files that the example and the fix expect beside them, by path relative to them (a path with
  /// a `/` lives in a subdirectory, which the path creates). Empty except for the codes about `use`.
  public let companionFiles: [String: String]

  /// True for E0001 and E0507, whose cause is not in the text: invalid UTF-8 cannot appear in a
  /// Swift `String`, and a symbolic link is a property of the file, so the example shows
  /// well-formed text and describes the cause in a comment. Feeding it to the checker (or the
  /// configuration's parser) reports nothing.
  public var exampleIsIllustrative: Bool { code == .invalidUTF8 || code == .configurationOutsideRoot }

  /// True only for E0203: the example needs its companion file to exist but be unreadable
  /// (`chmod 000`); the fix expects it readable again.
  public var exampleNeedsUnreadableCompanions: Bool { code == .useTargetUnreadable }

  /// True for the E05xx codes: their example and fix are `ogp-lint.toml` configurations, checked
  /// by `ogp lint`'s configuration parser (in OGPRules), not `.ogp` files for the compiler.
  public var isConfiguration: Bool { code.rawValue.hasPrefix("E05") }
}

/// Every diagnostic code explained, with an example that triggers it and its fix.
public enum DiagnosticCatalogue {
  /// Every explanation, in code order.
  public static var all: [DiagnosticExplanation] { DiagnosticCode.allCases.map { explanation(for: $0) } }

  /// The explanation of a code written as the user types it: "E0302", "e0302", "0302" or "302".
  public static func explanation(for code: String) -> DiagnosticExplanation? {
    var text = Substring(code.trimmingWhitespace())
    if text.first == "E" || text.first == "e" { text = text.dropFirst() }
    guard (1...4).contains(text.count), text.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
    let normalized = "E" + String(repeating: "0", count: 4 - text.count) + text
    return DiagnosticCode(rawValue: normalized).map { explanation(for: $0) }
  }

  /// The text `ogp explain CODE` prints: "E0302: title", a blank line, the explanation wrapped at
  /// 80 columns, then "Example:" and "Fixed:" with their snippets indented by four spaces. A NUL
  /// in a snippet is shown as "␀" so that it can be seen.
  public static func render(_ explanation: DiagnosticExplanation) -> String {
    var lines = ["\(explanation.code.rawValue): \(explanation.title)", ""]
    lines += wrap(explanation.explanation, width: 80)
    lines += ["", "Example:", ""] + indent(explanation.example)
    lines += ["", "Fixed:", ""] + indent(explanation.fix)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func indent(_ snippet: String) -> [String] {
    snippet.replacingNUL().split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.allSatisfy { $0 == " " } ? "" : "    " + $0
    }
  }

  /// Greedy word wrap; a word longer than the width stands on a line of its own.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// Joins the lines of a multi-line literal into one paragraph.
  private static func prose(_ text: String) -> String {
    text.split(separator: "\n").joined(separator: " ")
  }

  private static func entry(
    _ code: DiagnosticCode, _ title: String, _ explanation: String, example: String, fix: String,
    fileName: String = "example.ogp", companions: [String: String] = [:]
  ) -> DiagnosticExplanation {
    DiagnosticExplanation(
      code: code, title: title, explanation: prose(explanation), example: example, fix: fix,
      fileName: fileName, companionFiles: companions)
  }

  /// The strategy file that the examples about `use` load.
  private static let strategyFile = """
    strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
      period 2023 .. 2028
    }
    """

  /// A file of shared actors, for the examples about where a `use` may reach.
  private static let sharedActorsFile = """
    actor finance government "Ministry of Finance" { branch executive }
    """

  /// A plan file that loads `ogp-2023-2028.ogp`, for the example of a `use` cycle.
  private static let planUsingStrategyFile = """
    use "ogp-2023-2028.ogp"

    plan arcadia_nap3 "Third National Action Plan" {
      member   "Arcadia" national
      strategy ogp_2023_2028
      period   2024 .. 2026
    }
    """

  /// 64 clause blocks inside an actor's block: one level more than the parser accepts.
  private static let deeplyNested: String = {
    let opening = (0..<8).map { _ in "  " + Array(repeating: "section {", count: 8).joined(separator: " ") }
    let closing = (0..<4).map { _ in "  " + Array(repeating: "}", count: 16).joined(separator: " ") }
    let header = [
      "// A script wrote 65 blocks, one inside the other.",
      "actor finance government \"Ministry of Finance\" {",
    ]
    return (header + opening + closing + ["}"]).joined(separator: "\n")
  }()

  public static func explanation(for code: DiagnosticCode) -> DiagnosticExplanation {
    switch code {
    // MARK: Lexical
    case .invalidUTF8:
      entry(
        code, "invalid UTF-8",
        """
        The file contains bytes that are not valid UTF-8, the text encoding every .ogp file must use.
        This usually happens when a file was saved by a word processor or an older editor in a legacy
        encoding such as Latin-1 or Windows-1252, where an accented letter like "ó" is a single byte.
        The tool does not guess the encoding, because a wrong guess would silently change names and
        titles. Save the file again as UTF-8 (most editors offer this under "Save as" or "Encoding").
        """,
        example: """
          // Saved as Latin-1: the "ó" below is the single byte F3, which is not UTF-8.
          actor info_commissioner government "Oficina de Información Pública"
          """,
        fix: """
          // Saved as UTF-8: the "ó" below is the two bytes C3 B3.
          actor info_commissioner government "Oficina de Información Pública"
          """)
    case .nulByte:
      entry(
        code, "NUL byte in source",
        """
        The file contains a NUL byte (character code 0), which never belongs in text. It is usually
        left behind by a broken export, a copy from a binary file, or an editor that saved the file as
        UTF-16. Most editors do not show it, so the diagnostic points at its exact position. Delete it,
        or save the file again as UTF-8 if there are many.
        """,
        example: """
          // The next line ends in an invisible NUL byte.
          actor odn civil_society "Open Data Network"\u{0}
          """,
        fix: """
          // The next line ends in an invisible NUL byte.
          actor odn civil_society "Open Data Network"
          """)
    case .strayCharacter:
      entry(
        code, "unexpected character",
        """
        A character with no meaning in the language appears outside a string or a comment. It is often
        a habit from another format: '=' or ':' between a clause and its value, '#' for a comment,
        brackets around a list, curly quotes pasted from a word processor, or '-' in a name. A clause
        is written as its keyword followed by its value (`branch executive`), comments start with
        `//`, and names use '_' (`open_data`). Any character may appear inside a string or a comment.
        """,
        example: """
          actor finance government "Ministry of Finance" {
            branch = executive
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" {
            branch executive
          }
          """)
    case .unterminatedString:
      entry(
        code, "unterminated string",
        """
        A string opened with '"' is not closed before the end of its line. An ordinary string must fit
        on one line, so that one forgotten quote cannot swallow the rest of the file. Add the closing
        '"', or write text that spans several lines as a multi-line string between two lines of
        three quotes.
        """,
        example: """
          actor odn civil_society "Open Data Network
          """,
        fix: """
          actor odn civil_society "Open Data Network"
          """)
    case .unterminatedMultilineString:
      entry(
        code, "unterminated multi-line string",
        #"""
        A multi-line string opened with """ has no closing """, so everything up to the end of the file
        was read as its text. Close it with """ on a line of its own; the indentation of that closing
        line is removed from every line of the text.
        """#,
        example: #"""
          actor odn civil_society """
            Open Data Network
          """#,
        fix: #"""
          actor odn civil_society """
            Open Data Network
            """
          """#)
    case .invalidEscape:
      entry(
        code, "invalid escape sequence",
        #"""
        Inside a string, a backslash starts an escape sequence, and the one written here is not one the
        language knows. The escapes are \\ for a backslash, \" for a double quote, \n (new line), \r
        (carriage return), \t (tab) and \u{…} for any Unicode character. A backslash meant literally,
        as in a Windows path, must be written twice: \\.
        """#,
        example: #"""
          actor finance government "Ministry of Finance \ Treasury"
          """#,
        fix: #"""
          actor finance government "Ministry of Finance \\ Treasury"
          """#)
    case .invalidUnicodeEscape:
      entry(
        code, "invalid Unicode escape",
        #"""
        A Unicode escape must be written \u{…} with one to eight hexadecimal digits naming a Unicode
        character, such as \u{F3} for "ó". The escape here has no braces (the \u00F3 form of JSON or
        Java), no digits, or a number that names no character. It is usually simpler to type the
        character itself: .ogp files are UTF-8 and take any letter as it is.
        """#,
        example: #"""
          actor info_commissioner government "Oficina de Informaci\u00F3n Pública"
          """#,
        fix: #"""
          actor info_commissioner government "Oficina de Informaci\u{F3}n Pública"
          """#)
    case .malformedNumber:
      entry(
        code, "malformed number or date",
        """
        A number or a date is followed directly by letters, as in `1k`, `3months` or `2024-06-30th`.
        Numbers are written in digits only, dates as `2024`, `2024-06` or `2024-06-30`, and durations
        with a space (`3 months`). A name cannot start with a digit either: `3rd_sector` must become
        something like `third_sector`.
        """,
        example: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            consultation {
              contributions 1k
            }
          }
          """,
        fix: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            consultation {
              contributions 1000
            }
          }
          """)
    case .numberTooLarge:
      entry(
        code, "number too large",
        """
        A number has more than 18 digits, more than any count in a plan can need, and more than the
        tool can hold exactly. Numbers in .ogp files count things (contributions, participants) or
        durations; amounts of money belong in a `budget` string, where any size can be written.
        """,
        example: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            consultation {
              contributions 1000000000000000000000
            }
          }
          """,
        fix: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            consultation {
              contributions 1000
            }
          }
          """)
    case .multilineStringLayout:
      entry(
        code, "badly laid out multi-line string",
        #"""
        A multi-line string has a fixed layout, the same as in Swift: the opening """ ends its line, the
        text starts on the next line, and the closing """ stands on a line of its own. The indentation
        of the closing """ is removed from every line, so no line of text may be indented less than it.
        This lets a long text, such as a commitment's problem statement, be indented with the rest of
        the file without the indentation becoming part of the text.
        """#,
        example: #"""
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            vision """Open governments working together with civil society and people.
              """
          }
          """#,
        fix: #"""
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            vision """
              Open governments working together with civil society and people.
              """
          }
          """#)

    // MARK: Syntax
    case .expectedDeclaration:
      entry(
        code, "expected a declaration",
        """
        At the top level of a file only `use` lines and `strategy`, `actor` and `plan` declarations may
        stand. The parser found something else: a misspelt keyword, a clause that belongs inside a
        declaration's { … } block, or text left over after a block was closed too early. Everything
        from there to the next declaration is skipped, so fix this error first.
        """,
        example: """
          actr odn civil_society "Open Data Network"
          """,
        fix: """
          actor odn civil_society "Open Data Network"
          """)
    case .expectedName:
      entry(
        code, "expected a name",
        """
        Every declaration except a forum has a name after its keyword: `plan arcadia_nap3 "Third
        National Action Plan"`. The rest of the program refers to the declaration by this name (in
        `lead`, `strategy`, `advances`, …) and exported data identifies it by it, so it cannot be left
        out. A name starts with a letter or '_' and goes on with letters, digits and '_'. An actor
        also has its kind after its name: `actor odn civil_society "Open Data Network"`.
        """,
        example: """
          plan "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026
          }
          """,
        fix: """
          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026
          }
          """)
    case .expectedTitle:
      entry(
        code, "expected a title string",
        """
        Every declaration has a title in double quotes after its name: `actor odn civil_society "Open
        Data Network"`. The title is the human-readable name shown in reports and exports. It may hold
        spaces, accents and punctuation, which is why it must be quoted: words without quotes are read
        as names.
        """,
        example: """
          actor odn civil_society Open Data Network
          """,
        fix: """
          actor odn civil_society "Open Data Network"
          """)
    case .unclosedBlock:
      entry(
        code, "unclosed block",
        """
        A block opened with '{' is not closed with '}' before the end of the file. Usually the '}' after
        a declaration's last clause was forgotten, or deleted while moving text around. The diagnostic
        also points at where the block was opened; add the '}' where the block should end.
        """,
        example: """
          actor finance government "Ministry of Finance" {
            branch executive
          """,
        fix: """
          actor finance government "Ministry of Finance" {
            branch executive
          }
          """)
    case .unexpectedInBlock:
      entry(
        code, "unexpected line in a block",
        """
        Inside a block every line is a clause (`keyword value`) or a nested declaration. This line
        starts with something else: a value without its clause keyword, a `use` line (which belongs at
        the top of a file), or a '{' that follows no clause or declaration. Add the missing keyword,
        or move the line where it belongs.
        """,
        example: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            "Open governments working together with civil society and people."
          }
          """,
        fix: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            vision "Open governments working together with civil society and people."
          }
          """)
    case .nestingTooDeep:
      entry(
        code, "blocks nested too deep",
        """
        Blocks are nested more than 64 levels deep. No real plan needs more than three or four levels
        (plan, commitment, milestone or assessment), so such depth comes from a faulty generator or from
        runaway braces. The limit keeps the tool from running out of memory on such input; everything
        beyond it is skipped. Remove the extra levels.
        """,
        example: deeplyNested,
        fix: """
          actor finance government "Ministry of Finance" {
            branch executive
          }
          """)
    case .reservedWordAsName:
      entry(
        code, "reserved word used as a name",
        """
        The declaration keywords `use`, `strategy`, `objective`, `priority`, `change`, `standard`,
        `actor`, `plan`, `forum`, `commitment`, `milestone` and `rule` are reserved and cannot be used
        as names. Reserving them lets the parser recognise every declaration reliably, even in a file
        with mistakes. Clause keywords such as `level` or `period` are not reserved. Choose another
        name, such as `planning` or `plan_1`.
        """,
        example: """
          actor plan government "Ministry of Planning"
          """,
        fix: """
          actor planning government "Ministry of Planning"
          """)
    case .expectedUsePath:
      entry(
        code, "expected a file path after 'use'",
        """
        `use` loads another .ogp file, whose path follows in double quotes: `use
        "../strategy/ogp-2023-2028.ogp"`. The path is relative to the folder of the file that holds the
        `use`. A `use` cannot name a strategy or an actor: it loads the file that declares them, after
        which their names can be used anywhere in the program.
        """,
        example: """
          use ogp_2023_2028
          """,
        fix: """
          use "ogp-2023-2028.ogp"
          """,
        companions: ["ogp-2023-2028.ogp": strategyFile])
    case .unmatchedBrace:
      entry(
        code, "unmatched '}'",
        """
        A '}' stands at the top level of a file, where no block is open. Usually a block was closed
        twice, or the '{' it belonged to was deleted. Remove the extra '}', or restore the '{' it was
        meant to close.
        """,
        example: """
          actor finance government "Ministry of Finance" {
            branch executive
          }
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" {
            branch executive
          }
          """)
    case .expectedValue:
      entry(
        code, "expected a value",
        """
        A value is missing where the syntax promises one: after a comma in a list, after '..' in a
        range, or after a '.' in a dotted name such as `SO3.protect_participation`. A line that ends in
        ',' or '..' continues on the next line, so a trailing comma makes the parser look for one more
        value there. Remove the trailing comma, or add the missing value.
        """,
        example: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            consultation {
              questions "What role can OGP play?",
            }
          }
          """,
        fix: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            consultation {
              questions "What role can OGP play?"
            }
          }
          """)
    case .expectedExpression:
      entry(
        code, "expected an expression",
        """
        An expression (in a `rule` or a query) stops where a value should be: after an operator, an
        opening parenthesis or a comma. Finish it with a name (c.lead), a value (2024-06, "text",
        3 months) or a call (count(…)).
        """,
        example: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN01 warning "Every commitment has a lead" {
            each commitment c
            require count(c.lead) >=
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN01 warning "Every commitment has a lead" {
            each commitment c
            require count(c.lead) >= 1
          }
          """)
    case .unexpectedInExpression:
      entry(
        code, "unexpected text after an expression",
        """
        The expression is complete, but more follows on the line. Two conditions are joined with `and`
        or `or`; a comparison uses ==, !=, <, <=, > or >=.
        """,
        example: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN02 warning "Commitments are led by the executive" {
            each commitment c
            require c.lead.branch executive
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN02 warning "Commitments are led by the executive" {
            each commitment c
            require executive in c.lead.branch
          }
          """)
    case .unknownNameInExpression:
      entry(
        code, "unknown name in an expression",
        """
        An expression names something that is neither a field of the element in scope, nor a declared
        actor, plan, objective or commitment, nor a collection such as `commitments`. Check the spelling:
        the message suggests the closest names.
        """,
        example: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN03 warning "Every commitment has milestones" {
            each commitment c
            require count(c.milestone) >= 1
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN03 warning "Every commitment has milestones" {
            each commitment c
            require count(c.milestones) >= 1
          }
          """)
    case .invalidRuleCode:
      entry(
        code, "rule code not in capitals and digits",
        """
        A rule's code is how findings, suppressions (`// ogp:disable-next-line FORUM01`), `ogp-lint.toml`
        and `ogp explain` name it, so it has one spelling: capitals and digits, starting with a capital,
        like the built-in codes.
        """,
        example: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule forum_01 warning "Every commitment has a partner" {
            each commitment c
            require count(c.partners) >= 1
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule FORUM01 warning "Every commitment has a partner" {
            each commitment c
            require count(c.partners) >= 1
          }
          """)
    case .useOutsideRoot:
      entry(
        code, "'use' target outside the project root",
        """
        A `use` line names a file outside the project root: through `..`, an absolute path, or a
        symbolic link that points elsewhere. The root is the nearest folder above the first file that
        holds `.git` (or, without one, the working directory), or the folder given with `--root`.
        Plans are checked in CI on pull requests, and a `use` that could leave the project could make
        the tool read a key or a password file and print it in a public log; so such a file is never
        read, nor said to exist. Keep shared files inside the project, or name a root that holds
        both with `--root`.
        """,
        example: """
          use "../../shared/actors.ogp"
          """,
        fix: """
          use "shared/actors.ogp"
          """,
        companions: ["shared/actors.ogp": sharedActorsFile])
    case .useTargetNotSource:
      entry(
        code, "'use' target is not a .ogp file",
        """
        A `use` line names a file whose name does not end in `.ogp`, or a symbolic link to one, or a
        file that is not text (a NUL, or many control characters, in its first 8,000 bytes). Only
        .ogp text files are read as sources, so that a `use` can never make the tool read a
        configuration, a key or a repository's settings (`.git/config`) and show its lines or quote
        its words as if they were a plan. Name the .ogp file, or rename the file so that its name
        ends in `.ogp`.
        """,
        example: """
          use "strategy/ogp-2023-2028.txt"
          """,
        fix: """
          use "strategy/ogp-2023-2028.ogp"
          """,
        companions: ["strategy/ogp-2023-2028.txt": strategyFile, "strategy/ogp-2023-2028.ogp": strategyFile])
    case .typeMismatch:
      entry(
        code, "values of the wrong type in an expression",
        """
        An operator or a condition gets a value of a type it cannot use: a date compared with a number,
        a list where a single value is needed, a count where a yes/no condition is required. A rule's
        `require` and a filter's `where` take a condition: a comparison, or `and`/`or` of comparisons.
        """,
        example: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN04 warning "Every commitment has partners" {
            each commitment c
            require count(c.partners)
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN04 warning "Every commitment has partners" {
            each commitment c
            require count(c.partners) >= 1
          }
          """)
    case .unknownFunction:
      entry(
        code, "unknown function, or the wrong number of arguments",
        """
        Expressions call a few functions: count, any, all, min, max, length, exists, days and months.
        The name is not one of them, or the number of arguments does not match.
        """,
        example: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN05 warning "Every commitment has partners" {
            each commitment c
            require size(c.partners) >= 1
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN05 warning "Every commitment has partners" {
            each commitment c
            require count(c.partners) >= 1
          }
          """)
    case .notInEnumeration:
      entry(
        code, "not a value of that enumeration",
        """
        A field with a closed set of values (a status, a branch, an actor kind) is compared with a word
        that is not one of them. The message lists the values; the closest is suggested.
        """,
        example: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN06 warning "Commitments are led by the executive" {
            each commitment c
            require all(c.lead, branch == executiv)
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" { branch executive }
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
            commitment c01 "Open budgets" { lead finance }
          }
          rule PLAN06 warning "Commitments are led by the executive" {
            each commitment c
            require all(c.lead, branch == executive)
          }
          """)
    case .expressionOutOfRange:
      entry(
        code, "value out of range in an expression",
        """
        An expression computes a number, date or duration beyond what it can hold: a number beyond
        ±9,223,372,036,854,775,807, a date before 0001-01-01 or after 9999-12-31, a duration longer
        than 10,000 years. Arithmetic on constants is checked where the expression is written;
        arithmetic on a plan's values is checked when the expression runs (ogp query, the REPL, a
        member rule in ogp lint), which reports the expression instead of a value.
        """,
        example: """
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
          }
          rule PLAN07 warning "The plan ends in time" {
            each plan p
            require p.end < 9999-12-31 + 1 day
          }
          """,
        fix: """
          plan p "Plan" {
            member "Arcadia" national
            period 2024-09 .. 2026-08
          }
          rule PLAN07 warning "The plan ends in time" {
            each plan p
            require p.end <= 9999-12-31
          }
          """)
    case .unexpectedAfterHeader:
      entry(
        code, "unexpected text after a declaration or clause",
        """
        Something follows a declaration, a clause or a `use` line on the same line, where the line
        should end. Each clause and declaration stands on a line of its own, or is separated from the
        next by ';'. A declaration's clauses go inside its { … } block, not after its title.
        """,
        example: """
          actor finance government "Ministry of Finance" level national
          """,
        fix: """
          actor finance government "Ministry of Finance" { level national }
          """)

    // MARK: Files and names
    case .useTargetMissing:
      entry(
        code, "'use' target not found",
        """
        The file named in a `use` line does not exist. The path is relative to the folder of the file
        that holds the `use`, not to the folder where the command is run. Check the spelling of every
        folder and of the file name, its `.ogp` extension, and the number of `../` steps.
        """,
        example: """
          use "strategies/ogp-2023-2028.ogp"
          """,
        fix: """
          use "strategy/ogp-2023-2028.ogp"
          """,
        companions: ["strategy/ogp-2023-2028.ogp": strategyFile])
    case .useTargetIsDirectory:
      entry(
        code, "'use' target is a directory",
        """
        The path in a `use` line names a folder, not a file. A `use` loads exactly one file, so that
        everything a program depends on is listed where it is used. Name the .ogp file inside the
        folder, with one `use` line for each file needed.
        """,
        example: """
          use "strategy"
          """,
        fix: """
          use "strategy/ogp-2023-2028.ogp"
          """,
        companions: ["strategy/ogp-2023-2028.ogp": strategyFile])
    case .useTargetUnreadable:
      entry(
        code, "'use' target cannot be read",
        """
        The file named in a `use` line exists but cannot be read, usually because its permissions do
        not let your user account read it, or another program holds it locked. Make the file readable
        (on Linux or macOS, `chmod a+r FILE`) and run the command again; the .ogp text itself may be
        correct.
        """,
        example: """
          // strategy/ogp-2023-2028.ogp exists, but no one may read it (chmod 000).
          use "strategy/ogp-2023-2028.ogp"
          """,
        fix: """
          // After `chmod a+r strategy/ogp-2023-2028.ogp`.
          use "strategy/ogp-2023-2028.ogp"
          """,
        companions: ["strategy/ogp-2023-2028.ogp": strategyFile])
    case .useCycle:
      entry(
        code, "'use' cycle",
        """
        Files that `use` one another form a loop: following the `use` lines leads back to the file
        they started from, and the message prints the whole loop. Dependencies run one way: a plan
        uses its strategy and shared actor files, and a strategy never uses the plans that advance it.
        A file reached twice by different routes is fine; only a loop is an error. Remove the `use`
        that points back.
        """,
        example: """
          // ogp-2023-2028.ogp. The plan in arcadia-2024.ogp starts with: use "ogp-2023-2028.ogp"
          use "arcadia-2024.ogp"

          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
          }
          """,
        fix: """
          // ogp-2023-2028.ogp. The plan in arcadia-2024.ogp starts with: use "ogp-2023-2028.ogp"
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
          }
          """,
        fileName: "ogp-2023-2028.ogp",
        companions: ["arcadia-2024.ogp": planUsingStrategyFile])
    case .duplicateDeclaration:
      entry(
        code, "name declared twice",
        """
        The same name is declared twice in one scope, so a reference to it would be ambiguous.
        Strategies, actors and plans share a single namespace across the whole program, including
        every file loaded with `use`: an actor and a plan cannot both be called `arcadia`. Names
        inside a declaration (objectives in a strategy, commitments in a plan, milestones in a
        commitment) only need to differ within their parent. Rule codes are unique across the program
        too, and may not take the form of a built-in rule's code (OBJ001) or a diagnostic's (E0208).
        Rename one of the two.
        """,
        example: """
          actor arcadia government "Government of Arcadia"

          plan arcadia "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026
          }
          """,
        fix: """
          actor arcadia government "Government of Arcadia"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026
          }
          """)
    case .unknownActor:
      entry(
        code, "unknown actor",
        """
        A `lead`, `partners`, `members` or `contact` clause names an actor that is declared nowhere in
        the program. Actors are declared once, at the top level of a file, and referred to by name, so
        that an agency is spelt the same way in every commitment and reports can count who leads what.
        Check the spelling (the diagnostic suggests close matches), declare the actor, or `use` the
        file that declares it.
        """,
        example: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead finanse
            }
          }
          """,
        fix: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead finance
            }
          }
          """)
    case .unknownStrategy:
      entry(
        code, "unknown strategy",
        """
        A plan's `strategy` clause names a strategy that is declared nowhere in the program. The
        plan's `advances` clauses are looked up in that strategy, so it must exist, usually in a
        shared file loaded with `use`. Check the spelling, or add the `use` line.
        """,
        example: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
          }

          plan arcadia_nap3 "Third National Action Plan" {
            member   "Arcadia" national
            strategy ogp_2023_2027
            period   2024 .. 2026
          }
          """,
        fix: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
          }

          plan arcadia_nap3 "Third National Action Plan" {
            member   "Arcadia" national
            strategy ogp_2023_2028
            period   2024 .. 2026
          }
          """)
    case .unknownObjective:
      entry(
        code, "unknown objective or priority",
        """
        An `advances` clause names an objective, or a priority of an objective, that the plan's strategy
        does not declare. An objective is named on its own (`SO3`) and a priority after its objective
        (`SO3.protect_participation`). These links are how `ogp lint` and the reports show which parts
        of the strategy a plan takes forward, so each must lead somewhere. Check the names in the
        strategy; the diagnostic suggests close matches.
        """,
        example: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            objective SO1 "Broaden the open government community" {
              priority training "Invest in training"
            }
          }

          actor opengov_unit government "Open Government Unit"

          plan arcadia_nap3 "Third National Action Plan" {
            member   "Arcadia" national
            strategy ogp_2023_2028
            period   2024 .. 2026

            commitment c09 "An open government school" {
              lead     opengov_unit
              advances SO1.trainings
            }
          }
          """,
        fix: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            objective SO1 "Broaden the open government community" {
              priority training "Invest in training"
            }
          }

          actor opengov_unit government "Open Government Unit"

          plan arcadia_nap3 "Third National Action Plan" {
            member   "Arcadia" national
            strategy ogp_2023_2028
            period   2024 .. 2026

            commitment c09 "An open government school" {
              lead     opengov_unit
              advances SO1.training
            }
          }
          """)
    case .advancesWithoutStrategy:
      entry(
        code, "'advances' in a plan without a strategy",
        """
        A commitment says which objectives it `advances`, but its plan has no `strategy` clause to say
        which strategy those objectives belong to, so they cannot be looked up. Add `strategy NAME` to
        the plan, naming the strategy whose objectives its commitments advance.
        """,
        example: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            objective SO1 "Broaden the open government community"
          }

          actor opengov_unit government "Open Government Unit"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c09 "An open government school" {
              lead     opengov_unit
              advances SO1
            }
          }
          """,
        fix: """
          strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
            period 2023 .. 2028
            objective SO1 "Broaden the open government community"
          }

          actor opengov_unit government "Open Government Unit"

          plan arcadia_nap3 "Third National Action Plan" {
            member   "Arcadia" national
            strategy ogp_2023_2028
            period   2024 .. 2026

            commitment c09 "An open government school" {
              lead     opengov_unit
              advances SO1
            }
          }
          """)
    case .wrongKindOfDeclaration:
      entry(
        code, "name refers to the wrong kind of declaration",
        """
        A name refers to a declaration of the wrong kind: `lead` names a plan where an actor is
        expected, or a plan's `strategy` clause names an actor. The name exists, so this is not a
        spelling mistake, but what it names cannot stand in this clause. Use the name of a declaration
        of the kind the clause expects; the message says which.
        """,
        example: """
          actor opengov_unit government "Open Government Unit"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c09 "An open government school" {
              lead arcadia_nap3
            }
          }
          """,
        fix: """
          actor opengov_unit government "Open Government Unit"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c09 "An open government school" {
              lead opengov_unit
            }
          }
          """)

    // MARK: Types and clauses
    case .unknownClause:
      entry(
        code, "unknown clause",
        """
        This kind of declaration does not take the clause. Each declaration has a fixed set of clauses
        (listed in grammar/ogp.ebnf), so that every plan records the same information in the same way
        and plans can be compared, exported and checked. Check the spelling; the diagnostic suggests
        the closest clause. A commitment's dates, for instance, are written as a `period` from its
        start to its end, not as a deadline.
        """,
        example: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead     finance
              deadline 2026-06
            }
          }
          """,
        fix: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead   finance
              period 2024-10 .. 2026-06
            }
          }
          """)
    case .missingRequiredClause:
      entry(
        code, "missing required clause",
        """
        A declaration lacks a clause it must have. Only a few are required: a strategy's `period`, a
        plan's `member` and `period`, and a commitment's `lead`. Without them a plan cannot be placed
        in time or a commitment attributed to anyone. Every other clause is optional and its absence
        is pointed out by `ogp lint` instead, so that a draft can be checked early.
        """,
        example: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              period 2024-10 .. 2026-06
            }
          }
          """,
        fix: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead   finance
              period 2024-10 .. 2026-06
            }
          }
          """)
    case .declarationNotAllowedHere:
      entry(
        code, "declaration not allowed here",
        """
        A declaration stands somewhere it cannot. Strategies, actors and plans go at the top level;
        objectives, changes and standards inside a strategy; priorities inside an objective; a forum
        and commitments inside a plan; milestones inside a commitment. The nesting mirrors OGP's own
        structure, in which every milestone is a step of one commitment. Move the declaration into
        the right parent.
        """,
        example: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead finance
            }
            milestone m1 "Data model agreed with the forum"
          }
          """,
        fix: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead finance
              milestone m1 "Data model agreed with the forum"
            }
          }
          """)
    case .wrongValueType:
      entry(
        code, "value of the wrong type",
        """
        A clause has a value of the wrong type, such as text in quotes where a range of dates is
        expected. Each clause takes one type of value: a date, a range of dates, a number, a name or a
        text. Typed values let the tool compare dates, count and follow references instead of storing
        everything as free text. Write the value in the form the message names.
        """,
        example: """
          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period "2024 to 2026"
          }
          """,
        fix: """
          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026
          }
          """)
    case .unknownEnumValue:
      entry(
        code, "unknown value",
        """
        The value is not one of the fixed choices the clause allows. An actor's kind, `branch`,
        `level`, `values`, `challenge`, `status` and the assessment clauses take their values from
        closed lists that follow OGP's own vocabulary, so that plans from different members can be
        compared. The diagnostic lists the allowed values and suggests the closest; they are written
        in lower case, with '_' between words.
        """,
        example: """
          actor finance government "Ministry of Finance" {
            branch executve
          }
          """,
        fix: """
          actor finance government "Ministry of Finance" {
            branch executive
          }
          """)
    case .duplicateClause:
      entry(
        code, "clause given twice",
        """
        A clause appears twice in the same declaration. Each clause may be given once (only `minimum`
        in a standard may repeat), so that there is never a doubt about which value counts. To give
        several values, list them in one clause, separated by commas: `lead finance, assembly`.
        """,
        example: """
          actor finance  government "Ministry of Finance"
          actor assembly government "National Assembly"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c02 "Public register of beneficial owners" {
              lead finance
              lead assembly
            }
          }
          """,
        fix: """
          actor finance  government "Ministry of Finance"
          actor assembly government "National Assembly"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c02 "Public register of beneficial owners" {
              lead finance, assembly
            }
          }
          """)
    case .wrongValueCount:
      entry(
        code, "wrong number of values",
        """
        The clause has the wrong number of values. Some clauses take exactly one value (`challenge`,
        `status`, `period`), others a list separated by commas (`values`, `partners`, `areas`). A
        period is a single range, `START .. END`, so `period 2024` on its own is an error too. Keep
        one value, or move the others to a clause that takes a list.
        """,
        example: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead      finance
              challenge anti_corruption, fiscal_openness
            }
          }
          """,
        fix: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead      finance
              challenge anti_corruption
              areas     fiscal_openness
            }
          }
          """)
    case .secondForum:
      entry(
        code, "more than one forum in a plan",
        """
        A plan declares a second `forum`. OGP asks each member to run one multi-stakeholder forum that
        oversees the co-creation and implementation of its action plan, and the tool records it as the
        plan's single forum. Working groups and committees of that forum can be described in the
        documents its `rules` point to. Keep one forum.
        """,
        example: """
          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            forum "Open Government Forum" {
              meets every 3 months
            }
            forum "Technical Committee" {
              meets every 2 weeks
            }
          }
          """,
        fix: """
          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            forum "Open Government Forum" {
              meets every 3 months
              rules "https://opengov.arcadia.example/forum/rules"
            }
          }
          """)
    case .valueOutOfRange:
      entry(
        code, "number out of range",
        """
        A number lies outside the range the clause allows. A forum that meets every 0 months never
        meets at all, so a duration must be at least 1; a duration counts at most 10,000 of its unit,
        in a clause or an expression, so that dates computed from it stay exact. Other numbers have
        limits of their own, given in the message. Write a value in range.
        """,
        example: """
          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            forum "Open Government Forum" {
              meets every 0 months
            }
          }
          """,
        fix: """
          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            forum "Open Government Forum" {
              meets every 3 months
            }
          }
          """)

    // MARK: Dates
    case .invalidDate:
      entry(
        code, "invalid date",
        """
        The date does not exist in the calendar, or is not written in a form the language reads. Dates
        are written `2024`, `2024-06` or `2024-06-30`: a four-digit year, a month from 01 to 12 and a
        day that exists in that month (February has 29 days in 2024, 28 in 2023). A year or a month on
        its own stands for the whole of it.
        """,
        example: """
          plan arcadia_nap3 "Third National Action Plan" {
            member    "Arcadia" national
            period    2024 .. 2026
            submitted 2024-02-30
          }
          """,
        fix: """
          plan arcadia_nap3 "Third National Action Plan" {
            member    "Arcadia" national
            period    2024 .. 2026
            submitted 2024-02-29
          }
          """)
    case .reversedRange:
      entry(
        code, "range ends before it starts",
        """
        The range ends before it starts. A range is written `START .. END`, earliest first, and
        includes both ends: `2024-09 .. 2026-08` runs from 1 September 2024 to 31 August 2026. Swap
        the two dates.
        """,
        example: """
          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2026 .. 2024
          }
          """,
        fix: """
          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026
          }
          """)
    case .milestoneOutsideCommitment:
      entry(
        code, "milestone outside its commitment's period",
        """
        A milestone's period falls partly or wholly outside the period of its commitment. A milestone
        is a step towards its commitment, so it must take place while the commitment runs; this is
        checked only when both have a `period`. Extend the commitment's period or move the milestone.
        A commitment that ends after its plan, by contrast, is only a lint warning, since real
        commitments do span plans.
        """,
        example: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead   finance
              period 2024-10 .. 2025-12

              milestone m2 "Tenders and awards published as open data" {
                period 2025-06 .. 2026-03
              }
            }
          }
          """,
        fix: """
          actor finance government "Ministry of Finance"

          plan arcadia_nap3 "Third National Action Plan" {
            member "Arcadia" national
            period 2024 .. 2026

            commitment c01 "Open contracting from planning to payment" {
              lead   finance
              period 2024-10 .. 2026-03

              milestone m2 "Tenders and awards published as open data" {
                period 2025-06 .. 2026-03
              }
            }
          }
          """)

    // MARK: Configuration
    case .configurationSyntax:
      configurationEntry(
        code, "syntax error in the configuration",
        #"""
        A line of ogp-lint.toml cannot be read. The file is a small part of TOML: each line is blank, a
        `# comment`, a table header such as `[thresholds]`, or `key = value`, where the value is a
        string in double quotes (with the escapes \\, \", \n, \t, \r, \uXXXX and \UXXXXXXXX), a whole
        number, a date, true or false, or a list in brackets that fits on its line. Colons, quoted or
        dotted keys, single-quoted and multi-line strings, inline tables and nested lists are not part
        of it. The file must be UTF-8 without control characters.
        """#,
        example: """
          [thresholds]
          min_commitments: 5
          """,
        fix: """
          [thresholds]
          min_commitments = 5
          """)
    case .unknownConfigurationKey:
      configurationEntry(
        code, "unknown table or key in the configuration",
        """
        The configuration has a table or a key that the linter does not know, usually a misspelling;
        the diagnostic suggests the closest name. The top of the file takes `as_of`, and the tables
        are `[rules]`, `[thresholds]`, `[objectives]` and `[evidence]`, each with its own keys
        (docs/configuration.md lists them). The tool rejects unknown keys instead of ignoring them,
        so that a setting with a typo cannot silently have no effect.
        """,
        example: """
          [thresholds]
          min_comitments = 5
          """,
        fix: """
          [thresholds]
          min_commitments = 5
          """)
    case .invalidConfigurationValue:
      configurationEntry(
        code, "invalid value in the configuration",
        """
        A key of the configuration has a value of the wrong type or out of its range: a string where a
        number is expected, a negative number, an empty list, a date that does not exist, or a minimum
        greater than its maximum. Thresholds are whole numbers written without quotes, objective ids
        are strings, and `as_of` is a date written `2026-06-30`, `"2026-06"` or `2026`.
        """,
        example: """
          [thresholds]
          min_plan_months = "18 months"
          """,
        fix: """
          [thresholds]
          min_plan_months = 18
          """)
    case .unknownRule:
      configurationEntry(
        code, "unknown rule in the configuration",
        """
        A key of the `[rules]` table names no rule. Each key is a rule's code, such as `LNT001` (in
        any case), or its name, such as `unused-suppression`; `ogp rules` lists them all. The
        diagnostic suggests the closest code or name. A rule that was renamed keeps its code, so
        writing codes keeps a configuration working across versions.
        """,
        example: """
          [rules]
          unused-suppresion = "off"
          """,
        fix: """
          [rules]
          unused-suppression = "off"
          """)
    case .unknownSeverity:
      configurationEntry(
        code, "unknown severity in the configuration",
        """
        A rule in the `[rules]` table is given a severity that does not exist. A severity is one of
        the strings "off" (the rule does not run), "info", "warning" or "error"; a finding of
        severity error makes `ogp lint` fail.
        """,
        example: """
          [rules]
          LNT001 = "warn"
          """,
        fix: """
          [rules]
          LNT001 = "warning"
          """)
    case .duplicateConfigurationKey:
      configurationEntry(
        code, "duplicate key or table in the configuration",
        """
        The configuration sets the same key twice, opens the same table twice, or sets one rule's
        severity twice (once by its code and once by its name, say). Which of the two should win is
        unclear, so neither does: keep one. Every key of a table goes under that table's one header.
        """,
        example: """
          [thresholds]
          min_commitments = 5

          [thresholds]
          max_commitments = 12
          """,
        fix: """
          [thresholds]
          min_commitments = 5
          max_commitments = 12
          """)
    case .configurationOutsideRoot:
      configurationEntry(
        code, "configuration outside the project root",
        """
        The ogp-lint.toml found for the files is a symbolic link to a file outside the project root
        (the nearest folder above the first file that holds `.git`, or `--root`). A configuration
        turns rules off, so one that a pull request could point anywhere, at a file another job or
        user writes, is refused without being read, and nothing of the file it points to is shown.
        The search for ogp-lint.toml also stops at the root. Put the configuration itself in the
        project, or name a file with `--config`.
        """,
        example: """
          # This ogp-lint.toml is a symbolic link to ../../shared/ogp-lint.toml, outside the project.
          """,
        fix: """
          # This ogp-lint.toml is a file in the project.
          [thresholds]
          min_commitments = 5
          """)
    }
  }

  /// An entry whose example and fix are `ogp-lint.toml` files rather than `.ogp` files.
  private static func configurationEntry(
    _ code: DiagnosticCode, _ title: String, _ explanation: String, example: String, fix: String
  ) -> DiagnosticExplanation {
    entry(code, title, explanation, example: example, fix: fix, fileName: "ogp-lint.toml")
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> Substring {
    let trimmed = drop { $0.isWhitespace }
    return trimmed.dropLast(trimmed.reversed().prefix { $0.isWhitespace }.count)
  }

  fileprivate func replacingNUL() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{0}" ? "\u{2400}" : $0 }))
  }
}
