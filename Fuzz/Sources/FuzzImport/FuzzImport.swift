import Foundation
import SamregFuzzing

let fuzzer = ImportFuzzer()

@main
enum Main {
    static func main() throws {
        #if FUZZING
        // libFuzzer's driver, called from our own entry point (SwiftPM names the executable's
        // entry point itself, so libFuzzer's `main` is not used).
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            if let finding = fuzzer.run(UnsafeBufferPointer(start: data, count: size)) { fatalError(finding) }
            return 0
        })
        #else
        // Replay: run each input file once (regression inputs, crashes found earlier).
        try replayInputs(Array(CommandLine.arguments.dropFirst()), through: { fuzzer.run($0) })
        #endif
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif
