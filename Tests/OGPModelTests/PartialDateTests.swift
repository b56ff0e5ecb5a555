import OGPModel
import Testing

@Suite struct PartialDateTests {
  private func date(_ text: String) throws -> PartialDate { try #require(PartialDate(text)) }

  private func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day)
  }

  private func range(_ start: String, _ end: String) throws -> DateRange {
    DateRange(start: try date(start), end: try date(end))
  }

  @Test func leapYears() {
    #expect(PartialDate.isLeap(2024))
    #expect(PartialDate.isLeap(2000))
    #expect(!PartialDate.isLeap(1900))
    #expect(!PartialDate.isLeap(2023))
    #expect(!PartialDate.isLeap(2100))
    #expect(PartialDate.daysIn(month: 2, year: 2024) == 29)
    #expect(PartialDate.daysIn(month: 2, year: 2023) == 28)
    #expect(PartialDate.daysIn(month: 2, year: 1900) == 28)
    #expect(PartialDate.daysIn(month: 2, year: 2000) == 29)
    let lengths = (1...12).map { PartialDate.daysIn(month: $0, year: 2023) }
    #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
  }

  @Test(arguments: ["2024", "2024-06", "2024-06-30", "2024-02-29", "0001", "9999-12-31"])
  func parsesAndPrintsBack(_ text: String) throws {
    #expect(try date(text).description == text)
  }

  @Test func partsOfParsedDates() throws {
    let year = try date("2024")
    #expect(year.year == 2024 && year.month == nil && year.day == nil)
    let month = try date("2024-06")
    #expect(month.year == 2024 && month.month == 6 && month.day == nil)
    let full = try date("2024-06-30")
    #expect(full.year == 2024 && full.month == 6 && full.day == 30)
  }

  @Test(arguments: [
    "", "24", "02024", "2024-6", "2024-06-3", "2024-00", "2024-13", "2024-06-00", "2024-06-31",
    "2023-02-29", "2100-02-29", "0000", "2024-", "2024-06-", "-2024", "2024-06-30-01", "+024",
    "2024/06", "２０２４", "2024-06-30T00",
  ])
  func rejectsMalformedOrImpossibleText(_ text: String) {
    #expect(PartialDate(text) == nil)
  }

  @Test func memberwiseInitialiserValidatesParts() {
    #expect(PartialDate(year: 2024, month: 2, day: 29) != nil)
    #expect(PartialDate(year: 2023, month: 2, day: 29) == nil)
    #expect(PartialDate(year: 2024, month: 4, day: 31) == nil)
    #expect(PartialDate(year: 2024, month: 0) == nil)
    #expect(PartialDate(year: 2024, month: 13) == nil)
    #expect(PartialDate(year: 2024, day: 1) == nil)
    #expect(PartialDate(year: 0) == nil)
    #expect(PartialDate(year: 10_000) == nil)
    #expect(PartialDate(year: 5, month: 3, day: 7)?.description == "0005-03-07")
  }

  @Test func firstAndLastDays() throws {
    #expect(try date("2024").firstDay == day(2024, 1, 1))
    #expect(try date("2024").lastDay == day(2024, 12, 31))
    #expect(try date("2024-02").firstDay == day(2024, 2, 1))
    #expect(try date("2024-02").lastDay == day(2024, 2, 29))
    #expect(try date("2023-02").lastDay == day(2023, 2, 28))
    #expect(try date("2024-06").lastDay == day(2024, 6, 30))
    #expect(try date("2024-12").lastDay == day(2024, 12, 31))
    #expect(try date("2024-06-15").firstDay == day(2024, 6, 15))
    #expect(try date("2024-06-15").lastDay == day(2024, 6, 15))
  }

  /// The exports write a partial date as the ISO days it runs from and to, for tools that read
  /// only full dates.
  @Test(arguments: [
    ("2024-10", "2024-10-01", "2024-10-31"), ("2025", "2025-01-01", "2025-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"), ("2023-02", "2023-02-01", "2023-02-28"),
    ("2000-02", "2000-02-01", "2000-02-29"), ("1900-02", "1900-02-01", "1900-02-28"),
    ("2024", "2024-01-01", "2024-12-31"), ("2025-04", "2025-04-01", "2025-04-30"),
    ("2026-06-30", "2026-06-30", "2026-06-30"), ("2024-02-29", "2024-02-29", "2024-02-29"),
    ("0001", "0001-01-01", "0001-12-31"), ("9999-12", "9999-12-01", "9999-12-31"),
  ])
  func firstAndLastDaysAsISODays(_ written: String, first: String, last: String) throws {
    let date = try date(written)
    #expect(date.firstDay.description == first)
    #expect(date.lastDay.description == last)
  }

  @Test func everyMonthEndsOnItsLastDay() throws {
    let ends = try (1...12).map { try date("2023-" + (($0 < 10 ? "0" : "") + String($0))).lastDay.day }
    #expect(ends == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    let leapEnds = try (1...12).map { try date("2024-" + (($0 < 10 ? "0" : "") + String($0))).lastDay.day }
    #expect(leapEnds == [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
  }

  @Test func daysAreOrderedAndCounted() {
    #expect(day(2024, 12, 31) < day(2025, 1, 1))
    #expect(day(2024, 2, 29) < day(2024, 3, 1))
    #expect(!(day(2024, 3, 1) < day(2024, 3, 1)))
    #expect(day(2024, 3, 1).ordinal - day(2024, 2, 28).ordinal == 2)
    #expect(day(2023, 3, 1).ordinal - day(2023, 2, 28).ordinal == 1)
    #expect(day(2025, 1, 1).ordinal - day(2024, 1, 1).ordinal == 366)
    #expect(day(2024, 1, 1).ordinal - day(2023, 1, 1).ordinal == 365)
    #expect(day(2024, 6, 5).description == "2024-06-05")
  }

  @Test func rangeContains() throws {
    let plan = try range("2023", "2025")
    #expect(plan.contains(try range("2024-06", "2024-12-31")))
    #expect(plan.contains(try range("2023-01-01", "2025-12-31")))
    #expect(plan.contains(try range("2023", "2025")))
    #expect(plan.contains(try range("2025-12", "2025-12")))
    #expect(!plan.contains(try range("2022-12", "2023-06")))
    #expect(!plan.contains(try range("2025-06", "2026-01-01")))
    #expect(!plan.contains(try range("2022", "2026")))
    #expect(try range("2024-06-30", "2024-06-30").contains(try range("2024-06-30", "2024-06-30")))
    #expect(!(try range("2024-06-30", "2024-06-30")).contains(try range("2024-06", "2024-06")))
  }

  @Test func rangeOrder() throws {
    #expect(try range("2023", "2025").isOrdered)
    #expect(try range("2024-06", "2024").isOrdered)
    #expect(try range("2024-06-30", "2024-06-30").isOrdered)
    #expect(!(try range("2025", "2023").isOrdered))
    #expect(!(try range("2024-07-01", "2024-06").isOrdered))
  }

  @Test func rangeMonths() throws {
    #expect(try range("2023", "2025").months == 36)
    #expect(try range("2024-06", "2024-06").months == 1)
    #expect(try range("2024-06-30", "2024-07-01").months == 2)
    #expect(try range("2023-11", "2024-02").months == 4)
    #expect(try range("2023-09", "2027-08").months == 48)
    #expect(try range("2024", "2024").months == 12)
    #expect(try range("2024-06", "2024-06").description == "2024-06 .. 2024-06")
  }

  @Test func durations() {
    #expect(Duration(amount: 6, unit: .months).description == "6 months")
    #expect(Duration(amount: 2, unit: .weeks).approximateDays == 14)
    #expect(Duration(amount: 3, unit: .days).approximateDays == 3)
    #expect(Duration(amount: 1, unit: .years).approximateDays == 365.2425)
    #expect(
      Duration(amount: 12, unit: .months).approximateDays == Duration(amount: 1, unit: .years).approximateDays
    )
  }

  /// Month and day arithmetic takes amounts from input: outside 0001…9999 it is nil, never a trap.
  @Test func addingStaysInTheCalendar() {
    #expect(day(2024, 1, 31).adding(months: 1) == day(2024, 2, 29))
    #expect(day(2024, 3, 31).adding(months: -1, days: 1) == day(2024, 3, 1))
    #expect(day(9999, 12, 1).adding(months: 0, days: 30) == Day.last)
    #expect(day(1, 1, 31).adding(months: 0, days: -30) == Day.first)
    #expect(day(9999, 12, 31).adding(months: 1) == nil)
    #expect(day(9999, 12, 31).adding(months: 0, days: 1) == nil)
    #expect(day(1, 1, 1).adding(months: 0, days: -1) == nil)
    #expect(day(1, 1, 1).adding(months: -1) == nil)
    for (months, days) in [(Int.max, 0), (Int.min, 0), (0, Int.max), (0, Int.min), (Int.max, Int.max)] {
      #expect(day(2024, 6, 15).adding(months: months, days: days) == nil, "\(months) months, \(days) days")
    }
    #expect(Day(year: Int.max, month: 12, day: 31).adding(months: 1) == nil)
    #expect(Day(year: Int.min, month: 1, day: 1).adding(months: -1) == nil)
  }

  @Test func durationsConvertExactlyUpToTheirLargestAmount() {
    let longest = Duration(amount: Duration.amounts.upperBound, unit: .years)
    #expect(longest.monthsAndDays.months == 120_000)
    #expect(Duration(amount: Duration.amounts.upperBound, unit: .weeks).monthsAndDays.days == 70_000)
    #expect(longest.approximateDays.rounded() == 3_652_425)
  }
}
