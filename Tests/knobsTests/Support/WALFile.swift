import Foundation

/// What a killed process left in a database's write-ahead log, read from the `-wal` file's
/// bytes before anything opens the database (opening it would recover and reset the log).
///
/// The format is SQLite's (sqlite.org/fileformat2.html, "The WAL File Format"): a 32-byte
/// header with the page size, two salts and a checksum, then frames of a 24-byte header and
/// one page. A frame is valid when it carries the header's salts and its checksum, which
/// runs on from the previous frame's; a transaction's last frame (its commit) records the
/// database's size in pages, the others 0. Recovery keeps the valid frames up to the last
/// valid commit. Valid frames after it, or a frame cut short or failing its checksum after
/// it, are a transaction that was being written when the process died.
struct WALFile: Equatable, CustomStringConvertible {
    /// Valid frames up to and with the last valid commit: what recovery keeps.
    var committedFrames = 0
    /// Frames of the current generation after the last commit: a transaction cut off.
    var unfinishedFrames = 0

    /// Whether the process died while writing a transaction's frames.
    var wasCutMidTransaction: Bool { unfinishedFrames > 0 }

    var description: String { "\(committedFrames) committed frames, \(unfinishedFrames) of an unfinished transaction" }

    /// Reads the log of the database at `databasePath`; nothing when there is none.
    init(databasePath: String) {
        guard let bytes = FileManager.default.contents(atPath: databasePath + "-wal").map(Array.init), bytes.count >= 32 else { return }
        let magic = Self.word(bytes, 0, bigEndian: true)
        guard magic & ~1 == 0x377F_0682 else { return }
        let bigEndian = magic & 1 == 1
        let pageSize = Int(Self.word(bytes, 8, bigEndian: true))
        let salts = (Self.word(bytes, 16, bigEndian: true), Self.word(bytes, 20, bigEndian: true))
        var checksum = Self.checksum(bytes[0..<24], from: (0, 0), bigEndian: bigEndian)
        var frames = 0
        var offset = 32
        while offset + 24 <= bytes.count, (Self.word(bytes, offset + 8, bigEndian: true), Self.word(bytes, offset + 12, bigEndian: true)) == salts {
            let end = offset + 24 + pageSize
            // A frame of this generation that is cut short or fails its checksum ends the log: counted as unfinished.
            guard end <= bytes.count else { break }
            let next = Self.checksum(bytes[(offset + 24)..<end], from: Self.checksum(bytes[offset..<(offset + 8)], from: checksum, bigEndian: bigEndian), bigEndian: bigEndian)
            guard next == (Self.word(bytes, offset + 16, bigEndian: true), Self.word(bytes, offset + 20, bigEndian: true)) else { break }
            checksum = next
            frames += 1
            if Self.word(bytes, offset + 4, bigEndian: true) != 0 { committedFrames = frames }
            offset = end
        }
        let torn = offset + 24 <= bytes.count && (Self.word(bytes, offset + 8, bigEndian: true), Self.word(bytes, offset + 12, bigEndian: true)) == salts
        unfinishedFrames = frames - committedFrames + (torn ? 1 : 0)
    }

    /// SQLite's checksum of `bytes` (a multiple of 8 long), going on from `start`.
    private static func checksum(_ bytes: ArraySlice<UInt8>, from start: (UInt32, UInt32), bigEndian: Bool) -> (UInt32, UInt32) {
        var (s0, s1) = start
        var index = bytes.startIndex
        while index < bytes.endIndex {
            s0 = s0 &+ word(bytes, index, bigEndian: bigEndian) &+ s1
            s1 = s1 &+ word(bytes, index + 4, bigEndian: bigEndian) &+ s0
            index += 8
        }
        return (s0, s1)
    }

    /// The 32-bit word at `offset`.
    private static func word<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ offset: Bytes.Index, bigEndian: Bool) -> UInt32 where Bytes.Index == Int {
        let (b0, b1, b2, b3) = (UInt32(bytes[offset]), UInt32(bytes[offset + 1]), UInt32(bytes[offset + 2]), UInt32(bytes[offset + 3]))
        return bigEndian ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b3 << 24 | b2 << 16 | b1 << 8 | b0
    }
}
