extension String {
  /// The last part of a qualified id: `SO3` for `ogp_2023_2028.SO3`, `c01` for `plan.c01`.
  public var localName: Substring {
    guard let dot = lastIndex(of: ".") else { return self[...] }
    return self[index(after: dot)...]
  }
}
