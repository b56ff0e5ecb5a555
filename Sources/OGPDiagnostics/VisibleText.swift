extension Unicode.Scalar {
  /// The scalar as it may be shown on a terminal or in a CI log: control characters become their
  /// visible pictures (␛ for ESC), and bidirectional controls, which could reorder what a reader
  /// sees, become U+FFFD. A tab becomes a space.
  public var visible: Unicode.Scalar {
    switch value {
    case 0x09: " "
    case 0x00..<0x20: Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}"
    case 0x7F: "\u{2421}"
    case _ where isInvisibleControl: "\u{FFFD}"
    default: self
    }
  }

  /// A C1 control or a bidirectional control (the marks, embeddings, overrides and isolates
  /// that "Trojan Source" uses): what a reader cannot see but a terminal or a renderer obeys.
  public var isInvisibleControl: Bool {
    switch value {
    case 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}

/// What becomes of a line break when input text is shown.
public enum LineBreakDisplay: Sendable {
  /// Kept, CRLF as well as LF (a lone CR, which would return the cursor and let the rest of the
  /// line overwrite what came before, is shown as ␍).
  case kept
  /// A space: the text stays on the line it is part of (a message, a table cell).
  case space
  /// Its picture, ␊: for names, where a line break is never part of what was meant.
  case picture
}

extension String {
  /// Text that came from an input (a plan's words, a file name, a path) as it may be shown on a
  /// terminal or in a CI log: no escape sequence, bidirectional control or stray line break in it
  /// can drive the terminal, reorder what a reader sees or start a line of its own.
  public func visible(lineBreaks: LineBreakDisplay) -> String {
    // Printable ASCII, nearly every message, is shown as it is, without rebuilding it.
    let isShownAsIs = utf8.allSatisfy { (0x20..<0x7F).contains($0) || (lineBreaks == .kept && $0 == 0x0A) }
    if isShownAsIs { return self }
    var result = String.UnicodeScalarView()
    var scalars = unicodeScalars.makeIterator()
    var next = scalars.next()
    while let scalar = next {
      next = scalars.next()
      switch (scalar, lineBreaks) {
      case ("\n", .kept): result.append(scalar)
      case ("\r", .kept) where next == "\n": result.append(scalar)
      case ("\n", .space): result.append(" ")
      default: result.append(scalar.visible)
      }
    }
    return String(result)
  }

  /// A file name or path for text output: visible, on one line (a name holding a line break and
  /// `::error …` must not become a line of its own in a CI log), and without a leading `::`.
  public var visiblePath: String {
    visible(lineBreaks: .picture).defusingWorkflowCommands()
  }

  /// The text with every line that would be read as a GitHub Actions workflow command — its first
  /// non-blank characters `::`, as in `::add-mask::` or `::stop-commands::` — starting with a
  /// fullwidth colon instead: it reads the same, and the runner ignores it. Output that quotes
  /// input goes through this, so a plan cannot hide a job's log or annotate a pull request.
  public func defusingWorkflowCommands() -> String {
    guard utf8.contains(UInt8(ascii: ":")) else { return self }
    // The runner trims every kind of white space (as .NET's `TrimStart` does) before it looks.
    var lineStart = true
    var commandStarts: [String.UnicodeScalarView.Index] = []
    var index = unicodeScalars.startIndex
    while index < unicodeScalars.endIndex {
      let scalar = unicodeScalars[index]
      let following = unicodeScalars.index(after: index)
      if scalar == "\n" || scalar == "\r" {
        lineStart = true
      } else if lineStart, scalar == ":" {
        if following < unicodeScalars.endIndex, unicodeScalars[following] == ":" {
          commandStarts.append(index)
        }
        lineStart = false
      } else if lineStart, !scalar.properties.isWhitespace {
        lineStart = false
      }
      index = following
    }
    guard !commandStarts.isEmpty else { return self }
    var result = String.UnicodeScalarView()
    var copied = unicodeScalars.startIndex
    for colon in commandStarts {
      result.append(contentsOf: unicodeScalars[copied..<colon])
      result.append("\u{FF1A}")
      copied = unicodeScalars.index(after: colon)
    }
    result.append(contentsOf: unicodeScalars[copied...])
    return String(result)
  }
}
