extension String {
  /// The last part of a qualified id: `SO3` for `ogp_2023_2028.SO3`, `c01` for `plan.c01`.
  public var localName: Substring {
    // By bytes, not Characters: a name starts with a letter, so a dot is never part of a
    // cluster, and the search runs for every commitment of every rule that names one.
    guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return self[...] }
    return self[utf8.index(after: dot)...]
  }

  /// True for `id` itself and for anything declared inside it: `s.SO3` and
  /// `s.SO3.protect_participation` are within `s.SO3`, `s.SO30` is not. The prefix is compared
  /// byte by byte, without building `id + "."` for every comparison.
  public func isWithin(_ id: String) -> Bool {
    if self == id { return true }
    guard utf8.count > id.utf8.count, utf8.starts(with: id.utf8) else { return false }
    return utf8[utf8.index(utf8.startIndex, offsetBy: id.utf8.count)] == UInt8(ascii: ".")
  }
}
