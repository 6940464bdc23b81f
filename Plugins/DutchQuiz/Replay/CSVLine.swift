/// One line of a CSV file split into its fields, each with where it stands in the file.
///
/// Fields are separated by commas; a field in double quotes may hold commas and
/// doubled quotes (`"idee, het"`, `"say ""hoi"""`). Spaces around a field are
/// dropped. A field cannot span lines.
struct CSVLine {
    /// A field's text and its UTF-8 byte range in the file (without surrounding spaces).
    struct Field {
        var text: String
        var start: Int
        var end: Int
    }

    /// A quote that is never closed, at this byte offset in the file.
    struct UnclosedQuote: Error {
        var offset: Int
    }

    var fields: [Field]

    /// Splits `bytes`, which start at byte `offset` of the file.
    init(_ bytes: ArraySlice<UInt8>, offset: Int) throws(UnclosedQuote) {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
        fields = []
        var index = bytes.startIndex
        while true {
            while index < bytes.endIndex, CSVLine.isBlank(bytes[index]) { index += 1 }
            let start = index
            var text: [UInt8] = []
            if index < bytes.endIndex, bytes[index] == quote {
                index += 1
                var closed = false
                while index < bytes.endIndex {
                    if bytes[index] == quote {
                        if index + 1 < bytes.endIndex, bytes[index + 1] == quote {
                            text.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    text.append(bytes[index])
                    index += 1
                }
                guard closed else { throw UnclosedQuote(offset: offset + start - bytes.startIndex) }
                let end = index
                while index < bytes.endIndex, bytes[index] != comma { index += 1 }
                fields.append(Field(text: String(decoding: text, as: UTF8.self), start: offset + start - bytes.startIndex,
                                    end: offset + end - bytes.startIndex))
            } else {
                while index < bytes.endIndex, bytes[index] != comma { index += 1 }
                var end = index
                while end > start, CSVLine.isBlank(bytes[end - 1]) { end -= 1 }
                fields.append(Field(text: String(decoding: bytes[start..<end], as: UTF8.self), start: offset + start - bytes.startIndex,
                                    end: offset + end - bytes.startIndex))
            }
            guard index < bytes.endIndex else { return }
            index += 1
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
