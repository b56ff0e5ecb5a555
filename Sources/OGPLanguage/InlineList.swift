/// A list that keeps its first element inline and the rest in an array. Most clauses hold one
/// value, most values one term and most paths one name: as plain arrays, each would cost an
/// allocation of its own, and a plan of 100,000 commitments has millions of them.
public struct InlineList<Element>: RandomAccessCollection, ExpressibleByArrayLiteral {
  private var head: Element?
  private var tail: [Element] = []

  public init() {}

  public init(arrayLiteral elements: Element...) {
    for element in elements { append(element) }
  }

  public mutating func append(_ element: Element) {
    if head == nil { head = element } else { tail.append(element) }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { head == nil ? 0 : 1 + tail.count }

  public subscript(position: Int) -> Element {
    if position == 0, let head { return head }
    // Out of range (below 0, or 0 when empty) traps here, as an array's subscript does.
    return tail[position - 1]
  }
}

extension InlineList: Sendable where Element: Sendable {}
extension InlineList: Equatable where Element: Equatable {}
extension InlineList: Hashable where Element: Hashable {}
