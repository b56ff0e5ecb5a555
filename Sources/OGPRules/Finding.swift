/// What a rule found, before the linter gives it a code, a severity and a place in the source.
public struct Finding: Sendable, Equatable {
  public var anchor: Anchor
  /// One sentence: what is wrong.
  public var message: String
  /// The short text under the carets.
  public var label: String
  public var notes: [String]
  /// How to fix this occurrence; the rule's general `fix` is used when nil.
  public var help: String?

  public init(
    at anchor: Anchor, _ message: String, label: String = "", notes: [String] = [], help: String? = nil
  ) {
    self.anchor = anchor
    self.message = message
    self.label = label
    self.notes = notes
    self.help = help
  }
}

/// The element a finding is about: a declaration by qualified id, optionally one of its clauses
/// (a keyword, or a dotted path into a clause block such as `cocreation.reasoned_response`; the
/// n-th of a repeatable block, from 0, as `assessment[1].starred`), and
/// optionally one comma-separated item of that clause.
///
/// Rules work on the model, which has no source positions; the linter turns an anchor into a span.
/// A clause that is not written falls back to its declaration's name, which is where a finding
/// about something missing belongs.
public struct Anchor: Sendable, Hashable {
  public var element: String
  public var clause: String?
  public var item: Int?

  public init(_ element: String, clause: String? = nil, item: Int? = nil) {
    self.element = element
    self.clause = clause
    self.item = item
  }

  /// The key baselines use: stable when lines are added or removed around the element.
  public var path: String {
    clause.map { "\(element)#\($0)" } ?? element
  }
}
