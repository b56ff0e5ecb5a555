import OGPDiagnostics
import OGPModel

/// One row per commitment of every plan, for spreadsheets: RFC 4180 (CRLF line ends, a field
/// holding a comma, a quote or a line break in double quotes, quotes doubled), a header row
/// first.
///
/// The columns:
/// - `member`, `member_kind`: the plan's member and `national` or `local`;
/// - `plan`: the plan's id; `id`: the commitment's local id (`c01`); `title`;
/// - `leads`, `partners`: actor **ids** (not titles: ids are stable and unique), separated by
///   `;`;
/// - `values`: OGP values; `objectives`: the strategic objectives advanced (`SO2`), each once,
///   counting an objective whose priority is advanced; `priorities`: the priorities advanced
///   (`SO4.raise_the_bar`); `areas`: policy area tags; all `;`-separated;
/// - `challenge`: the Open Gov Challenge area; `start`, `end`: the commitment's period, as
///   written (`2024-10`, `2026-06-30`);
/// - `milestones`: how many; `completion`: the commitment's status, else the IRM's completion,
///   else empty.
///
/// Text is shown as on a terminal: control characters as their pictures (a tab as a space, a
/// lone carriage return as ␍), bidirectional controls as U+FFFD, and a line that a CI log would
/// run as a workflow command (`::add-mask::…`) with a fullwidth first colon.
///
/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (a tab and a
/// carriage return are gone by then), so such a field is written with a `'` in front (OWASP's advice against CSV
/// injection): a title like `=HYPERLINK(…)` shows as text. A program reading the file sees the
/// `'`; no id, date or enum value ever starts with one of those characters, only free text can.
public enum CSVExporter {
  /// The header row's names, in order.
  public static let columns = [
    "member", "member_kind", "plan", "id", "title", "leads", "partners", "values", "objectives",
    "priorities", "areas", "challenge", "start", "end", "milestones", "completion",
  ]

  public static func export(_ program: Program) -> String {
    var rows = [columns]
    for plan in program.plans {
      for commitment in plan.commitments {
        rows.append(row(commitment, in: plan))
      }
    }
    return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  private static func row(_ commitment: Commitment, in plan: ActionPlan) -> [String] {
    // `advances` targets are `strategy.objective[.priority]`; the columns name them within the
    // plan's strategy.
    let prefix = plan.strategy.map { $0 + "." } ?? ""
    let targets = commitment.advances.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
    let objectives = unique(targets.map { String($0.prefix { $0 != "." }) })
    let priorities = unique(targets.filter { $0.contains(".") })
    let completion = commitment.status ?? commitment.assessment?.completion
    return [
      plan.member.name, plan.member.kind.rawValue, plan.id, local(commitment.id, in: plan.id),
      commitment.title,
      list(commitment.leads), list(commitment.partners), list(commitment.values.map(\.rawValue)),
      list(objectives), list(priorities), list(commitment.areas), commitment.challenge?.rawValue ?? "",
      commitment.period?.start.description ?? "", commitment.period?.end.description ?? "",
      String(commitment.milestones.count), completion?.rawValue ?? "",
    ]
  }

  private static func local(_ id: String, in parent: String) -> String {
    id.hasPrefix(parent + ".") ? String(id.dropFirst(parent.count + 1)) : id
  }

  private static func list(_ values: [String]) -> String { values.joined(separator: ";") }

  private static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }

  /// One field as the export writes it: defused if a spreadsheet would run it as a formula,
  /// quoted if it holds a comma, a quote or a line break.
  public static func field(_ value: String) -> String {
    var value = value.visible(lineBreaks: .kept).defusingWorkflowCommands()
    if let first = value.unicodeScalars.first, ["=", "+", "-", "@"].contains(first) {
      value = "'" + value
    }
    guard value.unicodeScalars.contains(where: { [",", "\"", "\r", "\n"].contains($0) }) else { return value }
    return "\"" + value.replacing("\"", with: "\"\"") + "\""
  }
}
