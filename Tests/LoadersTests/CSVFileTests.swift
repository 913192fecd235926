import Foundation
import Loaders
import Testing
import TestSupport

@Suite("CSVFile")
struct CSVFileTests {
    private func openError(_ bytes: [UInt8]) throws -> String? {
        let (folder, path) = try CSVTestFiles.write(bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try CSVFile(path: path, displayPath: "in/test.csv")
            return nil
        } catch {
            return error.description
        }
    }

    @Test("matches header names case-insensitively, ignoring surrounding spaces")
    func header() throws {
        let (folder, path) = try CSVTestFiles.write(" crime id ,MONTH,Crime Type\n1,2019-01,Drugs\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try CSVFile(path: path, displayPath: "in/test.csv")
        #expect(try file.header.require(["Crime ID", "Month", "crime type"]) == [0, 1, 2])
        #expect(throws: InputError(path: "in/test.csv", line: 1, message: "missing required column 'LSOA code' (the header has: crime id, MONTH, Crime Type)")) {
            try file.header.require(["LSOA code"])
        }
    }

    @Test("an empty file is one clear error")
    func empty() throws {
        #expect(try openError([]) == "in/test.csv: error: is empty: expected a header line and rows")
    }

    @Test("a binary file is one clear error at its first NUL byte")
    func binary() throws {
        #expect(try openError(Array("a,b\n1,".utf8) + [0, 1, 2]) == "in/test.csv:2:3: error: is binary, not CSV text (a NUL byte)")
    }

    @Test("a file that is not UTF-8 is one clear error at the first bad byte")
    func notUTF8() throws {
        // Latin-1 "é" (0xE9) where UTF-8 was expected.
        #expect(try openError(Array("name\nCaf".utf8) + [0xE9] + Array(" bar\n".utf8)) == "in/test.csv:2:4: error: is not UTF-8 text (byte 0xE9 then 0x20)")
        #expect(try openError(Array("name\nCaf".utf8) + [0xE9]) == "in/test.csv:2:4: error: is not UTF-8 text (a character cut short at the end)")
        #expect(try openError(Array("name\n".utf8) + [0xC0, 0x80]) == "in/test.csv:2:1: error: is not UTF-8 text (byte 0xC0)")
    }

    @Test("a header with a blank or repeated name is an error naming the column")
    func badHeader() throws {
        #expect(try openError(Array("a,,c\n1,2,3\n".utf8)) == "in/test.csv:1:3: error: column 2 of the header has no name")
        #expect(try openError(Array("Month,month\n1,2\n".utf8)) == "in/test.csv:1:7: error: column 'month' appears twice in the header (columns 1 and 2)")
    }

    @Test("a missing file and a folder are clear errors")
    func missing() throws {
        #expect(throws: InputError(path: "in/none.csv", message: "no such file")) {
            try MappedFile(path: "/nonexistent/none.csv", displayPath: "in/none.csv")
        }
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: InputError(path: "in", message: "is a folder, expected a CSV file")) {
            try MappedFile(path: folder.path, displayPath: "in")
        }
    }
}
