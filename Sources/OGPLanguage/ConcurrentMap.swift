import Dispatch
import Synchronization

/// When the parser splits a block's declarations across cores: a plan of thousands of
/// commitments is parsed in chunks; smaller blocks are not worth the threads.
enum LargeBlock {
  static let minimumDeclarations = 2_048
  static let chunkSize = 512
}

extension Array where Element: Sendable {
  /// `map` that runs `transform` on every core, the results in the order of the elements. For
  /// work that reads shared values only: each element's result goes to its own slot.
  package func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    let slots = Mutex([T?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let result = transform(self[index])
      slots.withLock { $0[index] = result }
    }
    // Every slot is filled by then.
    return slots.withLock { $0.compactMap { $0 } }
  }

  /// The elements in consecutive slices of at most `size`, for `concurrentMap` over large arrays.
  package func chunked(into size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min(count, $0 + size)] }
  }
}
