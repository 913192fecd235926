/// Whole numbers with the range their meaning allows, so that a hostile or corrupt value
/// is an error naming its cell, never an overflow further on.
extension ReferenceTable.Row {
    /// A whole number in `range`; `what` names it in the message.
    func integer(_ column: Int, in range: ClosedRange<Int>, what: String) throws(InputError) -> Int {
        let number = try integer(column)
        guard range.contains(number) else {
            throw error(column, "\(number) is out of range for \(what) (expected \(range.lowerBound) to \(range.upperBound))")
        }
        return number
    }

    /// A whole number in `range`, or nil when the field is blank.
    func optionalInteger(_ column: Int, in range: ClosedRange<Int>, what: String) throws(InputError) -> Int? {
        record.withBytes(column, Self.isBlank) ? nil : try integer(column, in: range, what: what)
    }

    /// A number in `range`, or nil when the field is empty.
    func optionalDecimal(_ column: Int, in range: ClosedRange<Double>, what: String) throws(InputError) -> Double? {
        guard let number = try optionalDecimal(column) else { return nil }
        guard range.contains(number) else {
            throw error(column, "'\(text(column))' is out of range for \(what) (expected \(Int(range.lowerBound)) to \(Int(range.upperBound)))")
        }
        return number
    }
}

/// The ranges of the numbers in the reference inputs.
public enum NumberRange {
    /// A population count: non-negative and below 100 million (England and Wales hold
    /// about 60 million people).
    public static let population = 0...99_999_999
    /// A rank in the Index of Multiple Deprivation: 1 to the number of LSOAs ranked
    /// (33,755 English LSOAs on 2021 boundaries, the most of any of the UK indices).
    public static let deprivationRank = 1...33_755
    /// A rate per 1,000 people (a rate above 1,000, more than one offence a head, is
    /// possible where few people live, as in the City of London).
    public static let ratePerThousand = 0.0...1_000_000.0
}
