extension StandardLibrary {
    static let output: [(String, Value)] = [
        function(Signature("print", variadic: true), "Prints values separated by spaces, then a new line.") { args, context in
            let parts = try args.rest.map { try context.text($0) }
            try context.write(parts.joined(separator: " ") + "\n")
            return .nil
        },
        function(Signature("show", "x"), "Prints a value the way the REPL shows it: strings in quotes.") { args, context in
            try context.write(try context.repr(args[0]) + "\n")
            return .nil
        },
        function(Signature("help", "f"), "Prints what a function does and its parameters.") { args, context in
            guard case .function(let f) = args[0] else {
                try context.write("\(args[0].describedType): \(args[0].summary)\n")
                return .nil
            }
            try context.write("\(f.signature)\n" + (f.doc.isEmpty ? "" : "  \(f.doc)\n"))
            return .nil
        },
    ]
}
