import OGPModel

extension HTMLReport {
  /// The chart's fixed geometry, in SVG user units; the chart scales to its container.
  private enum Layout {
    static let width = 1120.0
    static let labelWidth = 300.0
    static let chartLeft = 312.0
    static let chartRight = 1104.0
    static let axisTop = 24.0
    static let rowsTop = 72.0
    static let commitmentRow = 26.0
    static let milestoneRow = 20.0
    static let groupGap = 6.0
    static let legendHeight = 40.0
    /// Labels are cut to fit the label column: SVG text does not wrap.
    static let commitmentLabelLength = 38
    static let milestoneLabelLength = 42
  }

  /// A Gantt chart of commitments and their milestones over the plan period, with month and
  /// year ticks, the plan period shaded and a line at the as-of date.
  func timeline(_ view: PlanView) -> [String] {
    let plan = view.plan
    let scale = TimelineScale(plan: plan, left: Layout.chartLeft, right: Layout.chartRight)
    let prefix = view.id("timeline-")
    let milestones = plan.commitments.flatMap(\.milestones)
    let rowsHeight = plan.commitments.reduce(0.0) { $0 + groupHeight($1) }
    let rowsBottom = Layout.rowsTop + rowsHeight
    let height = rowsBottom + Layout.legendHeight
    let asOfShown = scale.contains(asOf)

    let counts = StatusStyle.all.map { style in
      (style, milestones.count { StatusStyle.of($0.status).key == style.key })
    }.filter { $0.1 > 0 }
    var description = ReportText.timelineDescription(
      commitments: ReportText.countCommitments(count: plan.commitments.count),
      milestones: ReportText.countMilestones(count: milestones.count), first: monthName(scale.first),
      last: monthName(scale.last), period: plan.period.displayText)
    if !counts.isEmpty {
      description += " (" + counts.map { "\($0.1) \($0.0.label.lowercased())" }.joined(separator: ", ") + ")"
    }
    description += ". "
    description +=
      asOfShown
      ? ReportText.timelineAsOfShown(day: asOf.displayText)
      : ReportText.timelineAsOfOutside(day: asOf.displayText)
    description += " "
    if scale.isClipped { description += clippedNote(scale) + " " }
    description += ReportText.timelineSameAsTable

    var lines = [
      view.sectionStart("timeline"),
      view.heading(ReportText.navTimeline, id: view.id("timeline-h")),
      "<p class=\"lede\">"
        + (asOfShown
          ? ReportText.timelineLedeWithLine
          : asOf < scale.first
            ? ReportText.timelineLedeBefore(day: asOf.displayText)
            : ReportText.timelineLedeAfter(day: asOf.displayText))
        + (scale.isClipped ? " " + clippedNote(scale) : "") + "</p>",
      "<div class=\"scroll\">",
      "<svg class=\"gantt\" role=\"img\" viewBox=\"0 0 \(coordinate(Layout.width)) \(coordinate(height))\" "
        + "aria-labelledby=\"\(prefix)title \(prefix)desc\">",
      "<title id=\"\(prefix)title\">Timeline of \(plan.title.escapedForHTML)</title>",
      "<desc id=\"\(prefix)desc\">\(description.escapedForHTML)</desc>",
      "<defs>",
    ]
    lines += StatusStyle.all.compactMap { $0.definition(id: prefix + $0.key) }
    lines += [
      "<clipPath id=\"\(prefix)labels\"><rect x=\"0\" y=\"0\" width=\"\(coordinate(Layout.labelWidth))\" "
        + "height=\"\(coordinate(height))\"/></clipPath>",
      "</defs>",
    ]

    // Stripes first, then the plan period over them (translucent) and the bars on top.
    var y = Layout.rowsTop
    for (index, commitment) in plan.commitments.enumerated() {
      let size = groupHeight(commitment)
      if index % 2 == 1 {
        lines.append(
          "<rect class=\"stripe\" x=\"0\" y=\"\(coordinate(y - Layout.groupGap / 2))\" "
            + "width=\"\(coordinate(Layout.width))\" height=\"\(coordinate(size))\"/>")
      }
      y += size
    }
    let planLeft = scale.x(plan.period.firstDay)
    let planRight = scale.xAfter(plan.period.lastDay)
    lines.append(
      "<rect class=\"plan-band\" x=\"\(coordinate(planLeft))\" y=\"\(coordinate(Layout.rowsTop - 6))\" "
        + "width=\"\(coordinate(planRight - planLeft))\" height=\"\(coordinate(rowsHeight + 6))\"/>")
    lines += axis(scale, rowsBottom: rowsBottom)
    y = Layout.rowsTop
    for commitment in plan.commitments {
      lines += commitmentRows(commitment, view: view, scale: scale, top: y, patternPrefix: prefix)
      y += groupHeight(commitment)
    }

    lines.append(
      "<line class=\"plan-edge\" x1=\"\(coordinate(planLeft))\" y1=\"\(coordinate(Layout.axisTop + 8))\" "
        + "x2=\"\(coordinate(planLeft))\" y2=\"\(coordinate(rowsBottom))\"/>")
    lines.append(
      "<line class=\"plan-edge\" x1=\"\(coordinate(planRight))\" y1=\"\(coordinate(Layout.axisTop + 8))\" "
        + "x2=\"\(coordinate(planRight))\" y2=\"\(coordinate(rowsBottom))\"/>")
    if asOfShown {
      // The middle of the day: the line sits inside a one-day milestone that ends on it.
      let x = (scale.x(asOf) + scale.xAfter(asOf)) / 2
      let anchor = x > Layout.chartRight - 90 ? "end" : "start"
      lines += [
        "<g class=\"as-of\" data-as-of=\"\(asOf)\">",
        "<title>\(ReportText.asOfTitle(day: asOf.displayText))</title>",
        "<line x1=\"\(coordinate(x))\" y1=\"\(coordinate(Layout.axisTop - 18))\" x2=\"\(coordinate(x))\" "
          + "y2=\"\(coordinate(rowsBottom))\"/>",
        "<text x=\"\(coordinate(anchor == "end" ? x - 5 : x + 5))\" y=\"\(coordinate(Layout.axisTop - 10))\" "
          + "text-anchor=\"\(anchor)\">\(ReportText.asOfLabel(day: asOf.displayText))</text>",
        "</g>",
      ]
    }
    lines += legend(top: rowsBottom + 14, patternPrefix: prefix, asOfShown: asOfShown)
    lines += ["</svg>", "</div>", "</section>"]
    return lines
  }

  /// The height of a commitment's row and its milestones' rows, with the gap after them.
  private func groupHeight(_ commitment: Commitment) -> Double {
    Layout.commitmentRow + Layout.milestoneRow * Double(commitment.milestones.count) + Layout.groupGap
  }

  /// Said in the text and the chart's description when the chart leaves months out.
  private func clippedNote(_ scale: TimelineScale) -> String {
    ReportText.timelineClipped(
      years: TimelineScale.maximumMonths / 12, first: monthName(scale.first), last: monthName(scale.last))
  }

  private func monthName(_ day: Day) -> String {
    ReportText.axisMonthYear(month: axisMonthName(day.month), year: String(day.year))
  }

  /// Year labels over month ticks; month names when there is room, their initials when less.
  private func axis(_ scale: TimelineScale, rowsBottom: Double) -> [String] {
    var lines = ["<g class=\"axis\" aria-hidden=\"true\">"]
    let baseline = Layout.rowsTop - 8
    lines.append(
      "<line class=\"axis-line\" x1=\"\(coordinate(Layout.chartLeft))\" y1=\"\(coordinate(baseline))\" "
        + "x2=\"\(coordinate(Layout.chartRight))\" y2=\"\(coordinate(baseline))\"/>")
    let months = scale.months
    let monthWidth = scale.monthWidth
    for month in months {
      let x = scale.x(month)
      let isYear = month.month == 1 || month == months.first
      lines.append(
        "<line class=\"\(isYear ? "tick-year" : "tick")\" x1=\"\(coordinate(x))\" "
          + "y1=\"\(coordinate(isYear ? Layout.axisTop + 2 : baseline - 5))\" x2=\"\(coordinate(x))\" "
          + "y2=\"\(coordinate(isYear ? rowsBottom : baseline))\"/>")
      if monthWidth >= 10 {
        let name = axisMonthName(month.month)
        let label = monthWidth >= 26 ? name : String(name.prefix(1))
        lines.append(
          "<text class=\"month\" x=\"\(coordinate(x + monthWidth / 2))\" y=\"\(coordinate(baseline - 8))\" "
            + "text-anchor=\"middle\">\(label)</text>")
      }
    }
    for year in scale.first.year...scale.last.year {
      let left = max(scale.x(Day(year: year, month: 1, day: 1)), Layout.chartLeft)
      let right = min(scale.xAfter(Day(year: year, month: 12, day: 31)), Layout.chartRight)
      guard right - left >= 30 else { continue }
      lines.append(
        "<text class=\"year\" x=\"\(coordinate((left + right) / 2))\" y=\"\(coordinate(Layout.axisTop + 14))\" "
          + "text-anchor=\"middle\">\(year)</text>")
    }
    lines.append(
      "<line class=\"tick-year\" x1=\"\(coordinate(Layout.chartRight))\" y1=\"\(coordinate(Layout.axisTop + 2))\" "
        + "x2=\"\(coordinate(Layout.chartRight))\" y2=\"\(coordinate(rowsBottom))\"/>")
    lines.append("</g>")
    return lines
  }

  private func commitmentRows(
    _ commitment: Commitment, view: PlanView, scale: TimelineScale, top: Double, patternPrefix: String
  ) -> [String] {
    let local = view.localPath(commitment.id)
    // A commitment without dates spans its milestones, so its group still reads as one.
    let dated = commitment.milestones.compactMap(\.period).filter(\.isOrdered)
    let span: (Day, Day)? =
      commitment.period.flatMap { $0.isOrdered ? ($0.firstDay, $0.lastDay) : nil }
      ?? dated.map(\.firstDay).min().flatMap { first in dated.map(\.lastDay).max().map { (first, $0) } }
    let middle = top + Layout.commitmentRow / 2
    var lines = [
      "<g class=\"commitment\" data-commitment-bar=\"\(local.escapedForHTML)\">",
      "<title>\(local.escapedForHTML) \(commitment.title.escapedForHTML): "
        + "\(commitment.period?.displayText ?? ReportText.timelineNoDates)</title>",
      "<text class=\"label-commitment\" x=\"8\" y=\"\(coordinate(middle + 4))\" clip-path=\"url(#\(patternPrefix)labels)\">"
        + "<tspan class=\"label-id\">\(local.escapedForHTML)</tspan> "
        + "\(commitment.title.truncated(to: Layout.commitmentLabelLength - local.count).escapedForHTML)</text>",
    ]
    if let (first, last) = span {
      let left = scale.x(first)
      lines.append(
        "<rect class=\"bar-commitment\" x=\"\(coordinate(left))\" y=\"\(coordinate(middle - 4))\" "
          + "width=\"\(coordinate(max(scale.xAfter(last) - left, 2)))\" height=\"8\" rx=\"2\"/>")
    } else {
      lines.append(noDates(y: middle + 4))
    }
    lines.append("</g>")

    var y = top + Layout.commitmentRow
    for milestone in commitment.milestones {
      lines += milestoneRow(
        milestone, view: view, scale: scale, middle: y + Layout.milestoneRow / 2, patternPrefix: patternPrefix
      )
      y += Layout.milestoneRow
    }
    return lines
  }

  private func milestoneRow(
    _ milestone: Milestone, view: PlanView, scale: TimelineScale, middle: Double, patternPrefix: String
  ) -> [String] {
    let path = view.localPath(milestone.id)
    let style = StatusStyle.of(milestone.status)
    let statusText = milestone.status == nil ? ReportText.timelineNoStatus : style.label.lowercased()
    var lines = [
      "<g class=\"milestone\" data-milestone=\"\(path.escapedForHTML)\" data-status=\"\(style.key)\">",
      "<title>\(path.escapedForHTML) \(milestone.title.escapedForHTML): "
        + "\(milestone.period?.displayText ?? ReportText.timelineNoDates); \(style.label.escapedForHTML)</title>",
      "<text class=\"label-milestone\" x=\"24\" y=\"\(coordinate(middle + 4))\" clip-path=\"url(#\(patternPrefix)labels)\">"
        + "<tspan class=\"label-id\">\(String(milestone.id.localName).escapedForHTML)</tspan> "
        + "\(milestone.title.truncated(to: Layout.milestoneLabelLength).escapedForHTML)</text>",
    ]
    if let period = milestone.period, period.isOrdered {
      let left = scale.x(period.firstDay)
      let right = max(scale.xAfter(period.lastDay), left + 2)
      lines.append(
        "<rect class=\"bar-milestone\" x=\"\(coordinate(left))\" y=\"\(coordinate(middle - 6))\" "
          + "width=\"\(coordinate(right - left))\" height=\"12\" rx=\"2\" "
          + style.barAttributes(patternPrefix: patternPrefix) + "/>")
      // The status in words beside the bar, where there is room: after it, else before it.
      let textWidth = Double(statusText.count) * 5.6 + 8
      if right + textWidth <= Layout.chartRight {
        lines.append(
          "<text class=\"bar-status\" x=\"\(coordinate(right + 4))\" y=\"\(coordinate(middle + 3.5))\">"
            + "\(statusText)</text>")
      } else if left - textWidth >= Layout.chartLeft {
        lines.append(
          "<text class=\"bar-status\" x=\"\(coordinate(left - 4))\" y=\"\(coordinate(middle + 3.5))\" "
            + "text-anchor=\"end\">\(statusText)</text>")
      }
    } else {
      lines.append(noDates(y: middle + 4))
    }
    lines.append("</g>")
    return lines
  }

  private func noDates(y: Double) -> String {
    "<text class=\"no-dates\" x=\"\(coordinate(Layout.chartLeft + 4))\" y=\"\(coordinate(y))\">\(ReportText.timelineNoDates)</text>"
  }

  /// What the fills mean, drawn under the chart so it prints with it.
  private func legend(top: Double, patternPrefix: String, asOfShown: Bool) -> [String] {
    var lines = ["<g class=\"legend\" aria-hidden=\"true\">"]
    var x = 8.0
    let middle = top + 8
    lines.append(
      "<rect class=\"bar-commitment\" x=\"\(coordinate(x))\" y=\"\(coordinate(middle - 4))\" width=\"18\" height=\"8\" rx=\"2\"/>"
    )
    lines.append(
      "<text x=\"\(coordinate(x + 24))\" y=\"\(coordinate(middle + 4))\">\(ReportText.legendCommitment)</text>"
    )
    x += 24 + 10 * 6.2 + 14
    for style in StatusStyle.all {
      lines.append(
        "<rect x=\"\(coordinate(x))\" y=\"\(coordinate(middle - 6))\" width=\"18\" height=\"12\" rx=\"2\" "
          + style.barAttributes(patternPrefix: patternPrefix) + "/>")
      lines.append(
        "<text x=\"\(coordinate(x + 24))\" y=\"\(coordinate(middle + 4))\">\(style.label.lowercased())</text>"
      )
      x += 24 + Double(style.label.count) * 6.2 + 14
    }
    lines.append(
      "<rect class=\"plan-band\" x=\"\(coordinate(x))\" y=\"\(coordinate(middle - 6))\" width=\"18\" height=\"12\"/>"
    )
    lines.append(
      "<text x=\"\(coordinate(x + 24))\" y=\"\(coordinate(middle + 4))\">\(ReportText.legendPlanPeriod)</text>"
    )
    x += 24 + 11 * 6.2 + 14
    if asOfShown {
      lines.append(
        "<line class=\"as-of-key\" x1=\"\(coordinate(x + 9))\" y1=\"\(coordinate(middle - 8))\" "
          + "x2=\"\(coordinate(x + 9))\" y2=\"\(coordinate(middle + 8))\"/>")
      lines.append(
        "<text x=\"\(coordinate(x + 24))\" y=\"\(coordinate(middle + 4))\">\(ReportText.legendAsOf)</text>")
    }
    lines.append("</g>")
    return lines
  }
}
