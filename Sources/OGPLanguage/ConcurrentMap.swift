import Dispatch
import OGPDiagnostics
import Synchronization

extension Array where Element: Sendable {
  /// `map` that runs `transform` on every core, the results in the order of the elements. For
  /// work that reads shared values only: each element's result goes to its own slot.
  package func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    let slots = Mutex([T?](repeating: nil, count: count))
    // The threads below run outside any task: the language its text is made in goes with them.
    let language = Language.current
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let result = Language.$current.withValue(language) { transform(self[index]) }
      slots.withLock { $0[index] = result }
    }
    // Every slot is filled by then.
    return slots.withLock { $0.compactMap { $0 } }
  }
}
