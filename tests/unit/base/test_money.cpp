// Tests of src/base/money.cpp: amounts with their currency, for people and for spreadsheets.
#include <catch2/catch.hpp>
#include <string>

#include "handover/base/money.hpp"
#include "handover/input/schema.hpp"

using namespace handover;

TEST_CASE("money: English puts the currency's sign before the grouped number") {
    CHECK(format_amount(Lang::en, Currency::JPY, 18'500'000) == "¥18,500,000");
    CHECK(format_amount(Lang::en, Currency::USD, 185'000) == "$185,000");
    CHECK(format_amount(Lang::en, Currency::GBP, 75'000) == "£75,000");
    CHECK(format_amount(Lang::en, Currency::EUR, 90'000) == "€90,000");
}

TEST_CASE("money: Japanese writes the currency's name after the number") {
    CHECK(format_amount(Lang::ja, Currency::JPY, 18'500'000) == "18,500,000円");
    CHECK(format_amount(Lang::ja, Currency::USD, 185'000) == "185,000米ドル");
    CHECK(format_amount(Lang::ja, Currency::GBP, 75'000) == "75,000ポンド");
    CHECK(format_amount(Lang::ja, Currency::EUR, 90'000) == "90,000ユーロ");
}

TEST_CASE("money: grouping at each side of a thousand") {
    CHECK(format_amount(Lang::en, Currency::USD, 0) == "$0");
    CHECK(format_amount(Lang::en, Currency::USD, 999) == "$999");
    CHECK(format_amount(Lang::en, Currency::USD, 1000) == "$1,000");
    CHECK(format_amount(Lang::en, Currency::USD, 999'999) == "$999,999");
    CHECK(format_amount(Lang::en, Currency::USD, 1'000'000) == "$1,000,000");
}

TEST_CASE("money: cents only when the value has them") {
    CHECK(format_amount(Lang::en, Currency::USD, 1250.5) == "$1,250.50");
    CHECK(format_amount(Lang::en, Currency::USD, 1250.05) == "$1,250.05");
    CHECK(format_amount(Lang::en, Currency::USD, 1250.0) == "$1,250");
    CHECK(format_amount(Lang::ja, Currency::EUR, 0.5) == "0.50ユーロ");
    // Below half a cent rounds away; half a cent and more rounds to a cent.
    CHECK(format_amount(Lang::en, Currency::GBP, 10.004) == "£10");
    CHECK(format_amount(Lang::en, Currency::GBP, 10.006) == "£10.01");
    CHECK(format_amount(Lang::en, Currency::GBP, 9.999) == "£10");
    // Yen has no minor unit.
    CHECK(format_amount(Lang::en, Currency::JPY, 1250.4) == "¥1,250");
    CHECK(format_amount(Lang::ja, Currency::JPY, 1250.6) == "1,251円");
}

TEST_CASE("money: the largest value the input takes prints exactly") {
    CHECK(format_amount(Lang::en, Currency::JPY, k_max_amount) == "¥1,000,000,000,000,000");
    CHECK(format_amount(Lang::en, Currency::USD, k_max_amount) == "$1,000,000,000,000,000");
    CHECK(format_amount(Lang::en, Currency::USD, 123'456'789'012.34) == "$123,456,789,012.34");
    CHECK(plain_amount(Currency::USD, k_max_amount) == "1000000000000000");
}

TEST_CASE("money: plain amounts for spreadsheets have no sign, unit or grouping") {
    CHECK(plain_amount(Currency::USD, 185'000) == "185000");
    CHECK(plain_amount(Currency::USD, 1250.5) == "1250.50");
    CHECK(plain_amount(Currency::JPY, 18'500'000) == "18500000");
    CHECK(plain_amount(Currency::JPY, 0.4) == "0");
    CHECK(plain_amount(Currency::EUR, 0) == "0");
}
