// SPDX-License-Identifier: Apache-2.0
#include "customers.h"

#include "core/text.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace stampdesk::bench {

namespace {

struct Weighted
{
    QStringView text;
    int weight; // per mille, roughly
};

// Approximate shares of Vietnam's most common family names; the long tail
// is folded into the last few.
constexpr std::array familyNames{
    Weighted{u"Nguyễn", 380}, Weighted{u"Trần", 110}, Weighted{u"Lê", 95},    Weighted{u"Phạm", 71},
    Weighted{u"Hoàng", 30},   Weighted{u"Huỳnh", 21}, Weighted{u"Phan", 45},  Weighted{u"Vũ", 20},
    Weighted{u"Võ", 19},      Weighted{u"Đặng", 21},  Weighted{u"Bùi", 20},   Weighted{u"Đỗ", 14},
    Weighted{u"Hồ", 13},      Weighted{u"Ngô", 13},   Weighted{u"Dương", 10}, Weighted{u"Lý", 5},
    Weighted{u"Đinh", 8},     Weighted{u"Trương", 8}, Weighted{u"Đoàn", 5},   Weighted{u"Lâm", 5},
    Weighted{u"Mai", 4},      Weighted{u"Trịnh", 4},  Weighted{u"Lương", 4},  Weighted{u"Cao", 4},
    Weighted{u"Hà", 4},       Weighted{u"Tô", 3},
};

constexpr std::array femaleMiddle{
    Weighted{u"Thị", 50}, Weighted{u"Ngọc", 8}, Weighted{u"Thu", 6},    Weighted{u"Thanh", 6},
    Weighted{u"Kim", 5},  Weighted{u"Mỹ", 4},   Weighted{u"Thùy", 5},   Weighted{u"Hồng", 4},
    Weighted{u"Bảo", 3},  Weighted{u"Minh", 4}, Weighted{u"Phương", 5},
};

constexpr std::array maleMiddle{
    Weighted{u"Văn", 40}, Weighted{u"Đức", 10},  Weighted{u"Minh", 10}, Weighted{u"Quốc", 7},
    Weighted{u"Hữu", 7},  Weighted{u"Thanh", 6}, Weighted{u"Gia", 5},   Weighted{u"Hoàng", 5},
    Weighted{u"Công", 4}, Weighted{u"Anh", 3},   Weighted{u"Xuân", 3},
};

constexpr std::array<QStringView, 30> femaleGiven{
    u"Anh",    u"Linh", u"Hương", u"Lan",   u"Hà",    u"Trang", u"Thảo", u"Ngọc", u"Huyền", u"Mai",
    u"Phương", u"Hạnh", u"Nhung", u"Hằng",  u"Trinh", u"Vy",    u"Uyên", u"Nhi",  u"Yến",   u"Thủy",
    u"Loan",   u"Dung", u"Hiền",  u"Quỳnh", u"Châu",  u"Giang", u"My",   u"Diệp", u"Oanh",  u"Tâm",
};

constexpr std::array<QStringView, 30> maleGiven{
    u"Minh", u"Hùng",  u"Dũng",  u"Tuấn",  u"Nam",   u"Long", u"Hải",   u"Sơn", u"Phúc",  u"Khoa",
    u"Quân", u"Huy",   u"Hiếu",  u"Thắng", u"Trung", u"Đạt",  u"Cường", u"Bảo", u"Khánh", u"Tùng",
    u"Vinh", u"Phong", u"Thành", u"Lộc",   u"Tài",   u"An",   u"Hoàng", u"Đức", u"Kiên",  u"Toàn",
};

// Mobile prefixes of the Vietnamese networks (national form).
constexpr std::array<QStringView, 30> mobilePrefixes{
    u"032", u"033", u"034", u"035", u"036", u"037", u"038", u"039", u"056", u"058",
    u"059", u"070", u"076", u"077", u"078", u"079", u"081", u"082", u"083", u"084",
    u"085", u"086", u"088", u"089", u"090", u"091", u"093", u"094", u"096", u"097",
};

template<std::size_t N>
QStringView pickWeighted(const std::array<Weighted, N> &table, std::mt19937_64 &random)
{
    int total = 0;
    for (const Weighted &w : table)
        total += w.weight;
    int roll = std::uniform_int_distribution<int>(0, total - 1)(random);
    for (const Weighted &w : table) {
        if (roll < w.weight)
            return w.text;
        roll -= w.weight;
    }
    return table.back().text;
}

template<std::size_t N>
QStringView pick(const std::array<QStringView, N> &table, std::mt19937_64 &random)
{
    return table[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

} // namespace

Customers::Customers(quint64 seed)
    : m_random(seed)
{ }

NewCard Customers::next()
{
    NewCard card;
    card.name = name();
    card.phone = phone();
    return card;
}

QString Customers::name()
{
    const bool female = std::bernoulli_distribution(0.5)(m_random);
    const QStringView family = pickWeighted(familyNames, m_random);
    const QStringView middle =
        female ? pickWeighted(femaleMiddle, m_random) : pickWeighted(maleMiddle, m_random);
    const QStringView given = female ? pick(femaleGiven, m_random) : pick(maleGiven, m_random);
    return u"%1 %2 %3"_s.arg(family, middle, given);
}

QString Customers::phone()
{
    QString digits;
    do {
        digits = pick(mobilePrefixes, m_random).toString();
        digits += u"%1"_s.arg(std::uniform_int_distribution<int>(0, 9'999'999)(m_random), 7, 10,
                              QChar(u'0'));
    } while (m_phones.contains(digits));
    m_phones.insert(digits);

    // Stored as typed: most without separators, some grouped 3-3-4.
    const int style = std::uniform_int_distribution<int>(0, 9)(m_random);
    if (style < 6)
        return digits;
    const QChar separator = style < 9 ? u' ' : u'-';
    return digits.first(3) + separator + digits.sliced(3, 3) + separator + digits.sliced(6);
}

QString Customers::international(const QString &phone)
{
    const QString digits = Text::phoneDigits(phone); // "0901234567"
    return u"+84 "_s + digits.sliced(1, 2) + u' ' + digits.sliced(3, 3) + u' ' + digits.sliced(6);
}

QString Customers::givenNameTyped(const QString &name)
{
    return Text::foldForSearch(name.section(u' ', -1));
}

} // namespace stampdesk::bench
