import OGPModel

/// How a milestone's status is drawn: a colour and a pattern each, so the chart can be read
/// without telling colours apart (and in black-and-white print).
struct StatusStyle: Sendable {
  /// The CSS class and pattern suffix: the status's raw value, or `unrecorded`.
  let key: String
  let fill: String
  /// The colour of the pattern's marks on the fill.
  let ink: String
  /// The outline: dark enough against the page for pale fills.
  let stroke: String
  let pattern: Pattern

  enum Pattern: Sendable {
    case solid, stripes, backStripes, dots, crossHatch, sparseDots, none
  }

  static func of(_ status: Status?) -> StatusStyle {
    guard let status else { return unrecorded }
    return all.first { $0.key == status.rawValue } ?? unrecorded
  }

  static let unrecorded = StatusStyle(
    key: "unrecorded", fill: "#ffffff", ink: "#5f6b7a", stroke: "#5f6b7a",
    pattern: .none)

  /// In the order of the legend: done first, then under way, then not started or unknown.
  static let all: [StatusStyle] = [
    style(.complete, fill: "#1b6e3a", pattern: .solid),
    style(.substantial, fill: "#4f8a2b", pattern: .backStripes),
    style(.inProgress, fill: "#1f5fae", pattern: .stripes),
    style(.limited, fill: "#b86f00", pattern: .dots),
    // A pale fill: not started is the absence of work, outlined so it still stands out.
    StatusStyle(
      key: Status.notStarted.rawValue, fill: "#dfe4ea", ink: "#5f6b7a",
      stroke: "#5f6b7a", pattern: .sparseDots),
    style(.noEvidence, fill: "#b3261e", pattern: .crossHatch),
    unrecorded,
  ]

  private static func style(_ status: Status, fill: String, pattern: Pattern) -> StatusStyle {
    StatusStyle(
      key: status.rawValue, fill: fill, ink: "#ffffff", stroke: fill, pattern: pattern)
  }

  /// What a reader calls it, in `Language.current`: the status's label, or "No status recorded".
  var label: String { Status(rawValue: key)?.label ?? ReportText.statusUnrecorded }

  /// The `<pattern>` that fills bars of this status, under `id`; nil when a plain fill is used.
  func definition(id: String) -> String? {
    let open = "<pattern id=\"\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
    let ground = "<rect width=\"6\" height=\"6\" fill=\"\(fill)\"/>"
    switch pattern {
    case .solid, .none:
      return nil
    case .stripes:
      return open + " patternTransform=\"rotate(45)\">" + ground
        + "<rect width=\"2\" height=\"6\" fill=\"\(ink)\" fill-opacity=\"0.45\"/></pattern>"
    case .backStripes:
      return open + " patternTransform=\"rotate(-45)\">" + ground
        + "<rect width=\"1.5\" height=\"6\" fill=\"\(ink)\" fill-opacity=\"0.5\"/></pattern>"
    case .dots:
      return open + ">" + ground
        + "<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"\(ink)\" fill-opacity=\"0.7\"/></pattern>"
    case .sparseDots:
      return open + ">" + ground + "<circle cx=\"3\" cy=\"3\" r=\"0.9\" fill=\"\(ink)\"/></pattern>"
    case .crossHatch:
      return open + " patternTransform=\"rotate(45)\">" + ground
        + "<rect width=\"1.5\" height=\"6\" fill=\"\(ink)\" fill-opacity=\"0.6\"/>"
        + "<rect width=\"6\" height=\"1.5\" fill=\"\(ink)\" fill-opacity=\"0.6\"/></pattern>"
    }
  }

  /// The `fill` and `stroke` attributes of a bar, given the id prefix of the chart's patterns.
  func barAttributes(patternPrefix: String) -> String {
    switch pattern {
    case .solid: "fill=\"\(fill)\" stroke=\"\(stroke)\""
    case .none: "fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-dasharray=\"3 2\""
    default: "fill=\"url(#\(patternPrefix)\(key))\" stroke=\"\(stroke)\""
    }
  }
}
