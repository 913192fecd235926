import Loaders

/// A problem with the configuration file, told as `path:line:column: error: message`:
/// the same shape as a problem with an input file.
public typealias ConfigurationError = InputError
