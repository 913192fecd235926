import Testing

@Test("the ChartsTests target builds") func builds() {}
