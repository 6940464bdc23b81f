import Foundation

/// Reads a JSON file from the test bundle's `Fixtures` folder.
enum Fixture {
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url),
              let decoded = try? JSONDecoder().decode(T.self, from: data)
        else { fatalError("Fixtures/\(name).json is missing or malformed") }
        return decoded
    }
}
