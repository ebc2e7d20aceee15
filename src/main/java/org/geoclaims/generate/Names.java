package org.geoclaims.generate;

/**
 * Names of synthetic entities, a pure function of their number: pronounceable, distinct for
 * distinct numbers (mixed-radix over syllable lists), never the name of a real state.
 */
final class Names {
    private Names() {}

    private static final String[] START = {
        "Val", "Kor", "Ost", "Mar", "Tal", "Bren", "Dor", "Esk", "Fal", "Gar", "Hal", "Ith",
        "Jor", "Kal", "Lun", "Mor", "Nor", "Orv", "Pel", "Quar", "Ros", "Sar", "Tor", "Ulm"};
    private static final String[] MIDDLE = {
        "a", "e", "i", "o", "u", "ar", "en", "il", "on", "ur", "ad", "ev", "im", "ol", "ut", "ay"};
    private static final String[] STATE_END = {
        "ia", "stan", "land", "or", "ana", "ea", "istan", "ovia", "ania", "ar"};
    private static final String[] OUTLET_KIND = {
        "Herald", "Times", "News", "Post", "Daily", "Observer", "Tribune", "Monitor", "Wire", "Today"};
    private static final String[] FIRST = {
        "Amir", "Bela", "Cyrus", "Dana", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jamal",
        "Kira", "Leon", "Mina", "Nadir", "Olga", "Pavel", "Rana", "Sami", "Tara", "Umar",
        "Vera", "Yusuf", "Zara", "Arman", "Lale", "Ruslan", "Selin", "Timur", "Nora", "Kemal"};
    private static final String[] LAST = {
        "Aliyan", "Baranov", "Chaudry", "Demir", "Eldar", "Farooqi", "Gasanov", "Haddad", "Ismail", "Jafari",
        "Karimov", "Lazar", "Mansur", "Nazari", "Orlov", "Petrov", "Qadri", "Rahimi", "Sadiq", "Tahir",
        "Usmanov", "Vasquez", "Wahid", "Yilmaz", "Zaman", "Abbasi", "Huseyn", "Kovac", "Mehta", "Novak"};
    private static final String[] EQUIPMENT_KIND = {
        "fighter jet", "trainer aircraft", "attack helicopter", "armoured vehicle", "air-defence system",
        "patrol vessel", "reconnaissance drone", "artillery system", "transport aircraft", "anti-tank missile"};
    private static final String[] REGION = {
        "northern border", "river valley", "mountain districts", "coastal strip", "eastern provinces",
        "disputed enclave", "southern plateau", "lake region"};

    /** A state name such as "Valaria" or "Korenistan". */
    static String state(int n) {
        int cycle = START.length * MIDDLE.length * STATE_END.length;
        // 7919 is prime to the cycle: a bijection that mixes the syllables of neighbouring numbers
        int i = (int) ((n % cycle) * 7919L % cycle) + (n / cycle) * cycle;
        String s = START[i % START.length] + MIDDLE[(i / START.length) % MIDDLE.length]
                + STATE_END[(i / (START.length * MIDDLE.length)) % STATE_END.length];
        int round = i / (START.length * MIDDLE.length * STATE_END.length);
        return round == 0 ? s : s + " " + roman(round + 1);
    }

    static String outlet(int i) {
        return state(i * 7 + 3).split(" ")[0] + " " + OUTLET_KIND[i % OUTLET_KIND.length]
                + (i >= OUTLET_KIND.length * 500 ? " " + (i / (OUTLET_KIND.length * 500) + 1) : "");
    }

    static String person(int i) {
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length) % LAST.length];
        int round = i / (FIRST.length * LAST.length);
        return round == 0 ? first + " " + last : first + " " + (char) ('A' + round % 26) + ". " + last
                + (round >= 26 ? " " + (round / 26 + 1) : "");
    }

    /** Equipment: a designation and a kind, e.g. "VK-17 fighter jet". */
    static String equipment(int i) {
        String code = START[i % START.length].substring(0, 1) + START[(i / START.length) % START.length].substring(0, 1).toUpperCase();
        return code + "-" + (10 + i % 90) + " " + EQUIPMENT_KIND[i % EQUIPMENT_KIND.length];
    }

    static boolean isAircraft(int i) {
        String kind = EQUIPMENT_KIND[i % EQUIPMENT_KIND.length];
        return kind.contains("aircraft") || kind.contains("jet") || kind.contains("helicopter") || kind.contains("drone");
    }

    static String region(int i) { return REGION[i % REGION.length]; }

    static String exercise(int i) {
        return (START[i % START.length] + MIDDLE[(i / START.length) % MIDDLE.length]).toUpperCase()
                + (i >= START.length * MIDDLE.length ? "-" + (i / (START.length * MIDDLE.length) + 1) : "");
    }

    private static String roman(int n) {
        String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n < r.length ? r[n] : Integer.toString(n);
    }
}
