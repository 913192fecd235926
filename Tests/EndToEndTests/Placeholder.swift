import Testing

@Test("the EndToEndTests target builds") func builds() {}
