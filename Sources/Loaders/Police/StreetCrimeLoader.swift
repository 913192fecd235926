/// One police.uk street record, as the analysis needs it.
public struct StreetCrime: Sendable, Equatable {
    public var month: YearMonth
    public var crimeType: StreetCrimeType
    /// Where the record can be placed: an index into `Geography.lsoas`, or why not.
    public var placement: Placement
    /// police.uk's approximate location (a snap point), read only for the crime type the
    /// caller asks to locate and only when the file has `Longitude` and `Latitude`.
    public var location: Location? = nil

    /// A longitude and latitude in degrees (WGS 84).
    public struct Location: Sendable, Equatable {
        public var longitude: Double
        public var latitude: Double
        public init(longitude: Double, latitude: Double) {
            self.longitude = longitude
            self.latitude = latitude
        }
    }

    public enum Placement: Sendable, Equatable {
        case lsoa(Int)
        /// police.uk gave no location (the record still counts in force totals).
        case noLocation
        /// The LSOA code is not in the lookup (a Welsh LSOA in an England-only lookup, say).
        case notInLookup
    }
}

/// Reads police.uk street files: a folder in the police.uk archive layout
/// (`YYYY-MM/YYYY-MM-<force>-street.csv`), each file streamed straight into a sink.
///
/// Every row is accounted for. A row is rejected when the CSV is malformed, when it has
/// the wrong number of fields, when `Month` is not `YYYY-MM`, when `Crime type` is not a
/// police.uk crime type, or when `LSOA code` is present but not an LSOA code. Valid rows
/// all load: police.uk publishes the force's own crimes, so rows that cannot be placed
/// in an area still count in force totals, and are noted by reason.
public enum StreetCrimeLoader {
    public static let requiredColumns = ["Crime ID", "Month", "Crime type", "LSOA code"]
    /// The end of every police.uk street file's name; no other file in the folder is read.
    public static let fileSuffix = "-street.csv"
    static let noLSOA = "no LSOA (counted in force totals only)"
    static let lsoaNotInLookup = "LSOA not in the lookup (counted in force totals only)"

    /// The street files in a police.uk folder, as paths relative to it, in name order.
    public static func files(inFolder folder: String, displayFolder: String) throws(InputError) -> [String] {
        let files = try Folder.files(under: folder, displayPath: displayFolder, suffix: StreetCrimeLoader.fileSuffix)
        guard !files.isEmpty else {
            throw InputError(path: displayFolder, message: "holds no police.uk street files (expected YYYY-MM/YYYY-MM-<force>-street.csv)")
        }
        return files
    }

    /// Streams one street file into `sink`; returns the file's account and the Crime ID
    /// fingerprints seen (to find duplicates across files).
    public static func load(
        path: String, displayPath: String, geography: Geography,
        crimeIDs: inout [UInt64], locating: StreetCrimeType? = nil,
        sink: (StreetCrime) -> Void
    ) throws(InputError) -> InputAccount {
        try load(file: MappedFile(path: path, displayPath: displayPath), geography: geography, crimeIDs: &crimeIDs,
                 locating: locating, sink: sink)
    }

    /// Streams a file already mapped (so a caller can hash the same bytes). Rows of the
    /// type `locating` carry their `Longitude` and `Latitude` when the file has them and
    /// they are numbers in range; a missing or unreadable location leaves `location` nil
    /// (the row still loads: police.uk leaves some rows unlocated).
    public static func load(
        file mapped: MappedFile, geography: Geography,
        crimeIDs: inout [UInt64], locating: StreetCrimeType? = nil,
        sink: (StreetCrime) -> Void
    ) throws(InputError) -> InputAccount {
        let displayPath = mapped.displayPath
        var file = try CSVFile(file: mapped)
        let header = file.header
        let columns = try header.require(requiredColumns)
        let (crimeID, month, crimeType, lsoa) = (columns[0], columns[1], columns[2], columns[3])
        let fieldCount = header.names.count
        let longitude = header.names.firstIndex(of: "Longitude")
        let latitude = header.names.firstIndex(of: "Latitude")
        let fileMonth = StreetCrimeLoader.month(ofFile: displayPath)
        var account = InputAccount(path: displayPath)
        var record = CSVRecord()
        var notInLookup = 0
        var noLocation = 0
        while true {
            switch file.parser.next(into: &record) {
            case .end:
                if account.read == 0 {
                    throw InputError(path: displayPath, message: "has a header but no rows")
                }
                if noLocation > 0 { account.note(noLSOA, count: noLocation) }
                if notInLookup > 0 { account.note(lsoaNotInLookup, count: notInLookup) }
                return account
            case .malformed(let error):
                account.read += 1
                account.reject(error, reason: "malformed CSV")
            case .record:
                account.read += 1
                guard record.count == fieldCount else {
                    let error = InputError(path: displayPath, line: record.line, column: 1,
                                           message: "expected \(fieldCount) fields as in the header, found \(record.count)")
                    account.reject(error, reason: "wrong number of fields")
                    continue
                }
                guard let monthValue = record.withBytes(month, YearMonth.parse) else {
                    account.reject(fieldError(record, header, month, "is not a month (expected YYYY-MM)"), reason: "bad Month")
                    continue
                }
                if let problem = StreetCrimeLoader.monthProblem(monthValue, fileMonth: fileMonth) {
                    account.reject(fieldError(record, header, month, problem.message), reason: problem.reason)
                    continue
                }
                guard let type = record.withBytes(crimeType, StreetCrimeType.match) else {
                    account.reject(fieldError(record, header, crimeType, "is not a police.uk crime type"), reason: "unknown Crime type")
                    continue
                }
                let placement: StreetCrime.Placement
                if record.isEmpty(lsoa) {
                    placement = .noLocation
                    noLocation += 1
                } else if let code = record.withBytes(lsoa, AreaCode.parse) {
                    if let index = geography.lsoaIndex(of: code) {
                        placement = .lsoa(index)
                    } else {
                        placement = .notInLookup
                        notInLookup += 1
                    }
                } else {
                    account.reject(fieldError(record, header, lsoa, "is not an LSOA code (expected a letter and 8 digits, like E01018936)"), reason: "bad LSOA code")
                    continue
                }
                if !record.isEmpty(crimeID) {
                    crimeIDs.append(record.withBytes(crimeID, fingerprint))
                }
                account.loaded += 1
                var crime = StreetCrime(month: monthValue, crimeType: type, placement: placement)
                if type == locating, let longitude, let latitude {
                    crime.location = location(record, longitude: longitude, latitude: latitude)
                }
                sink(crime)
            }
        }
    }

    /// A row's location, when both fields are numbers in range.
    static func location(_ record: CSVRecord, longitude: Int, latitude: Int) -> StreetCrime.Location? {
        guard let x = record.withBytes(longitude, Coordinate.parse), let y = record.withBytes(latitude, Coordinate.parse),
              x.isFinite, y.isFinite, abs(x) <= 180, abs(y) <= 90 else { return nil }
        return StreetCrime.Location(longitude: x, latitude: y)
    }

    /// police.uk's street data begin in December 2010.
    public static let firstMonth = YearMonth(year: 2010, month: 12)

    /// The month a police.uk file is for, from the `YYYY-MM` its name starts with.
    static func month(ofFile path: String) -> YearMonth? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return YearMonth.parse(String(name.prefix(7)))
    }

    /// Why a row's Month cannot be right: before police.uk began, or not the month of
    /// the file it is in (each police.uk file holds one month).
    static func monthProblem(_ month: YearMonth, fileMonth: YearMonth?) -> (message: String, reason: String)? {
        if month < firstMonth {
            return ("is before police.uk's data begin (\(firstMonth))", "Month before police.uk began")
        }
        if let fileMonth, month != fileMonth {
            return ("is not the month of its file, \(fileMonth) (each police.uk file holds one month)", "Month not the file's month")
        }
        return nil
    }

    static func fieldError(_ record: CSVRecord, _ header: CSVHeader, _ column: Int, _ problem: String) -> InputError {
        let location = record.location(ofField: column)
        let value = record.string(column) ?? ""
        return InputError(path: header.path, line: location.line, column: location.column,
                          message: "column '\(header.names[column])': '\(value)' \(problem)")
    }

    /// A 64-bit fingerprint of a text's bytes, for telling references, linkage keys and
    /// Crime IDs apart among millions (two different texts share one with a chance of
    /// about one in 10^19 per pair). It reads eight bytes at a time into two lanes, the
    /// even words and the odd ones, each word mixed into its lane with MurmurHash3's
    /// 64-bit finalizer (a bijection), so that the two chains of multiplies run side by
    /// side; the length is folded into the start, and the lanes are mixed together at
    /// the end. A police.uk Crime ID (64 hexadecimal digits) is four steps a lane, not
    /// 64. Only ever compared within one run, so it need not be the same on every
    /// platform, nor from one version to the next.
    @inline(__always)
    static func fingerprint(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var even: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        var odd: UInt64 = 0x1319_8A2E_0370_7344
        guard let base = bytes.baseAddress else { return mix(even) }
        let count = bytes.count
        var index = 0
        while index &+ 16 <= count {
            even = mix(even ^ UInt64(littleEndian: (base + index).loadUnaligned(as: UInt64.self)))
            odd = mix(odd ^ UInt64(littleEndian: (base + (index &+ 8)).loadUnaligned(as: UInt64.self)))
            index &+= 16
        }
        if index &+ 8 <= count {
            even = mix(even ^ UInt64(littleEndian: (base + index).loadUnaligned(as: UInt64.self)))
            index &+= 8
        }
        if index < count {
            // The last one to seven bytes. When the text is eight bytes or longer, read
            // the word that ends with them and drop the bytes already taken; otherwise
            // byte by byte (nothing before the text may be read).
            let remaining = count &- index
            var tail: UInt64 = 0
            if count >= 8 {
                let word = UInt64(littleEndian: (base + (count &- 8)).loadUnaligned(as: UInt64.self))
                tail = word >> UInt64(8 &* (8 &- remaining))
            } else {
                var shift: UInt64 = 0
                while index < count {
                    tail |= UInt64(bytes[index]) << shift
                    shift &+= 8
                    index &+= 1
                }
            }
            odd = mix(odd ^ tail)
        }
        return mix(even ^ (odd << 31 | odd >> 33))
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z ^= z >> 33
        z &*= 0xFF51_AFD7_ED55_8CCD
        z ^= z >> 33
        z &*= 0xC4CE_B9FE_1A85_EC53
        z ^= z >> 33
        return z
    }
}
