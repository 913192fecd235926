import Foundation
import Loaders
import Testing
import TestSupport

@Suite("CSVParser")
struct CSVParserTests {
    @Test("reads plain fields, empty fields and a missing final line break")
    func plain() throws {
        #expect(try CSVTestFiles.parse("a,b,c\n1,,3\n,,\nx,y,z") == [
            .record(["a", "b", "c"]), .record(["1", "", "3"]), .record(["", "", ""]), .record(["x", "y", "z"]),
        ])
    }

    @Test("reads quoted fields holding commas, line breaks and doubled quotes")
    func quoted() throws {
        #expect(try CSVTestFiles.parse("name,note\n\"Smith, J\",\"said \"\"hi\"\"\nthen left\"\n\"\",\"\"\"\"\n") == [
            .record(["name", "note"]), .record(["Smith, J", "said \"hi\"\nthen left"]), .record(["", "\""]),
        ])
    }

    @Test("accepts CRLF, lone CR and LF line endings, and skips blank lines")
    func lineEndings() throws {
        #expect(try CSVTestFiles.parse("a,b\r\n1,2\r3,4\n\n\r\n5,\"6\r\n7\"\r\n") == [
            .record(["a", "b"]), .record(["1", "2"]), .record(["3", "4"]), .record(["5", "6\r\n7"]),
        ])
    }

    @Test("skips a UTF-8 byte order mark")
    func byteOrderMark() throws {
        #expect(try CSVTestFiles.parse([0xEF, 0xBB, 0xBF] + Array("Month,Count\n2019-01,3\n".utf8)) == [
            .record(["Month", "Count"]), .record(["2019-01", "3"]),
        ])
    }

    @Test("reports a quote inside an unquoted field at its line and column, then goes on")
    func strayQuote() throws {
        #expect(try CSVTestFiles.parse("a,b\nok,fine\nbad,5\" screen\nnext,row\n") == [
            .record(["a", "b"]), .record(["ok", "fine"]),
            .malformed("test.csv:3:6: error: a quote inside an unquoted field (a field holding quotes must be quoted whole, with each quote doubled)"),
            .record(["next", "row"]),
        ])
    }

    @Test("reports text after a closing quote")
    func textAfterQuote() throws {
        #expect(try CSVTestFiles.parse("a,b\n\"x\"y,2\n3,4\n") == [
            .record(["a", "b"]),
            .malformed("test.csv:2:4: error: unexpected text after the closing quote of a field (expected a comma or the end of the line)"),
            .record(["3", "4"]),
        ])
    }

    @Test("reports a quote that is never closed where the field starts")
    func unterminated() throws {
        #expect(try CSVTestFiles.parse("a,b\n1,\"never\nclosed\n") == [
            .record(["a", "b"]),
            .malformed("test.csv:2:3: error: a quoted field starts here but its closing quote is missing (it takes the remaining 2 lines)"),
        ])
    }

    @Test("counts physical lines: a field spanning lines moves later errors down")
    func physicalLines() throws {
        #expect(try CSVTestFiles.parse("a,b,c\n\"one\ntwo\nthree\",x,y\n1,2,bad\"\n") == [
            .record(["a", "b", "c"]), .record(["one\ntwo\nthree", "x", "y"]),
            .malformed("test.csv:5:8: error: a quote inside an unquoted field (a field holding quotes must be quoted whole, with each quote doubled)"),
        ])
        // A quoted field that ran over lines before the bad byte is told where it opened.
        #expect(try CSVTestFiles.parse("a,b\n\"x\ny\"z,1\n") == [
            .record(["a", "b"]),
            .malformed("test.csv:2:1: error: a quoted field starts here and takes 2 lines, to a closing quote followed by more text (a stray quote?)"),
        ])
    }

    @Test("a stray quote that swallows lines is told at the line where it opened, with the lines it took")
    func swallowedLines() throws {
        #expect(try CSVTestFiles.parse("a,b\n1,\"On or near, x\n2,y\n3,z\"q\n4,w\n") == [
            .record(["a", "b"]),
            .malformed("test.csv:2:3: error: a quoted field starts here and takes 3 lines, to a closing quote followed by more text (a stray quote?)"),
            .record(["4", "w"]),
        ])
        #expect(try CSVTestFiles.parse("a,b\n1,\"open\n2,y\n3,z\n") == [
            .record(["a", "b"]),
            .malformed("test.csv:2:3: error: a quoted field starts here but its closing quote is missing (it takes the remaining 3 lines)"),
        ])
    }

    @Test("counts columns in characters, not bytes")
    func unicodeColumns() throws {
        #expect(try CSVTestFiles.parse("é,ü,bad\"\n") == [
            .malformed("test.csv:1:8: error: a quote inside an unquoted field (a field holding quotes must be quoted whole, with each quote doubled)"),
        ])
    }

    @Test("an empty file has no records")
    func empty() throws {
        #expect(try CSVTestFiles.parse("") == [])
        #expect(try CSVTestFiles.parse("\n\n") == [])
    }
}
