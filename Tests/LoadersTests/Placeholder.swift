import Testing

@Test("the LoadersTests target builds") func builds() {}
