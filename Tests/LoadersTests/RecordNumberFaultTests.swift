import Foundation
import Loaders
import Testing

/// Every numeric field of the record-level inputs, given a value that overflows a whole
/// number or lies outside its range: the row is rejected with its reason, never a trap
/// and never counted.
@Suite("Faults: numbers in the record-level inputs")
struct RecordNumberFaultTests {
    /// The numeric fields: input, position in the fixture's good row, column name.
    static let fields: [(RecordKind, Int, String)] = [
        (.police, 8, "victim_age"), (.police, 10, "suspect_age"),
        (.emergencyDepartment, 9, "AGE_AT_ARRIVAL"),
        (.majorTrauma, 3, "age"), (.majorTrauma, 7, "iss"),
    ]
    static let values = ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "-1", "121", "1e3", "0x10", "٣"]

    @Test("an overflowing or out-of-range value in any numeric field is rejected with its column", arguments: values)
    func rejected(_ value: String) throws {
        for (kind, index, column) in Self.fields {
            var fields = kind.goodRow.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[index] = value
            let folder = TemporaryFolder()
            let path = folder.write(kind.fileName, kind.header + "\n" + kind.goodRow + "\n" + fields.joined(separator: ",") + "\n")
            let (account, _) = try kind.load(path)
            #expect(account.read == 2 && account.loaded == 1, "\(kind) \(column) = \(value)")
            #expect(account.rejected == ["bad \(column)": 1], "\(kind) \(column) = \(value): \(account.rejected)")
            #expect(account.problems.first?.message.hasPrefix("column '\(column)': '\(value)' is not") == true,
                    "\(account.problems.first?.description ?? "no problem")")
        }
    }
}
