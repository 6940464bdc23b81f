import Foundation

extension StandardLibrary {
    static let text: [(String, Value)] = [
        function(Signature("str", "x"), "The text of a value, as print shows it.") { args, context in
            .string(try context.text(args[0]))
        },
        function(Signature("fmt", "x", "digits", defaults: ["digits": .number(2)]), "A number as text with a fixed number of digits after the point: fmt(pi, 3) is \"3.142\".") { args, _ in
            let x = try args.number(0, "fmt")
            let digits = try args.wholeNumber(1, "fmt")
            guard (0...17).contains(digits) else { throw RuntimeError("fmt takes 0 to 17 digits, got \(digits)", argument: 1) }
            return .string(NumberFormatting.format(x, NumberFormat(digits: digits, style: .fixed)))
        },
        function(Signature("number", "s"), "The number written in a string: number(\"2.5\") is 2.5.") { args, _ in
            if case .number = args[0] { return args[0] }
            let s = try args.string(0, "number")
            guard let n = Double(s.trimmingCharacters(in: .whitespaces)) else {
                throw RuntimeError("\(args[0].summary) is not a number", argument: 0)
            }
            return .number(n)
        },
        function(Signature("type", "x"), "The name of a value's type: \"number\", \"string\", \"list\" …") { args, _ in
            .string(args[0].typeName)
        },
    ]
}
