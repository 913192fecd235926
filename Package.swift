// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sna",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sna", targets: ["sna"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The CSV reader's byte scan, with SIMD intrinsics (C, inlined into Swift); part of the
        // fast machinery (Sources/Loaders/Machinery/README.md).
        .target(name: "CSVScan"),
        .target(name: "Loaders", dependencies: ["CSVScan"], exclude: ["Machinery/README.md"]),
        .target(name: "Analysis", dependencies: ["Loaders"]),
        .target(name: "Charts"),
        .target(
            name: "Report",
            dependencies: [
                "Analysis", "Charts", "CCmarkGFM",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "Synthesis", dependencies: ["Loaders"]),
        .target(
            name: "Assessment",
            dependencies: [
                "Loaders", "Analysis", "Report", "Charts", "Synthesis",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "sna",
            dependencies: [
                "Assessment",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LoadersTests", dependencies: ["Loaders", "CSVScan", "TestSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "TestSupport"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "SynthesisTests", dependencies: ["Synthesis", "TestSupport"]),
        .testTarget(name: "AssessmentTests", dependencies: ["Assessment", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Assessment", "TestSupport"], exclude: ["Snapshots"]),
    ]
)
