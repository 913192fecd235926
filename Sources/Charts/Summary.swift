/// Generated sentences about the data, appended to the caller's summary in `<desc>`.
enum Summary {
    /// One observed value and where it was observed.
    struct Item {
        var value: Double?
        var place: String
    }

    /// "Values range from 3.1 in Torridge to 12.4 in Torbay." plus a note of missing values.
    /// The first of tied extremes is named.
    static func range(_ items: [Item], noun: String = "Values", places: Int, missing gap: MissingValue = .noData) -> [String] {
        let present = items.compactMap { item -> (Double, String)? in
            guard let value = item.value, value.isFinite else { return nil }
            return (value, Text.singleLine(item.place))
        }
        func number(_ value: Double) -> String { DecimalText.format(value, places: places, grouping: true) }
        func at(_ place: String) -> String { place.isEmpty ? "" : " in \(place)" }

        var sentences: [String] = []
        if present.isEmpty {
            sentences.append(items.isEmpty ? "There are no data." : "No values are available.")
            return sentences
        }
        if present.count == 1 {
            sentences.append("There is one value, \(number(present[0].0))\(at(present[0].1)).")
        } else {
            var lowest = present[0]
            var highest = present[0]
            for entry in present.dropFirst() {
                if entry.0 < lowest.0 { lowest = entry }
                if entry.0 > highest.0 { highest = entry }
            }
            if number(lowest.0) == number(highest.0) {
                sentences.append("\(noun) are all \(number(lowest.0)).")
            } else {
                sentences.append(
                    "\(noun) range from \(number(lowest.0))\(at(lowest.1)) to \(number(highest.0))\(at(highest.1)).")
            }
        }
        let missing = items.count - present.count
        if missing > 0 {
            let what = gap == .noData ? "missing" : Text.singleLine(gap.label)
            sentences.append("\(missing) of \(items.count) values \(missing == 1 ? "is" : "are") \(what).")
        }
        return sentences
    }
}
