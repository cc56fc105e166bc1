// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "newsgenerator.h"

#include <QStringList>

namespace Annalist {

namespace {

class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed * 2654435761u + 1)
    {
    }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list.at(qsizetype(next() % quint32(list.size())));
    }

private:
    quint32 m_state;
};

const QStringList firstNames{QStringLiteral("Maria"), QStringLiteral("John"), QStringLiteral("Aigerim"),
                             QStringLiteral("Kairat"), QStringLiteral("Elena"), QStringLiteral("Ahmed"),
                             QStringLiteral("Li"), QStringLiteral("Oliver"), QStringLiteral("Fatima"),
                             QStringLiteral("Pedro"), QStringLiteral("Yuki"), QStringLiteral("Daniel")};
const QStringList surnames{QStringLiteral("Petrova"), QStringLiteral("Okafor"), QStringLiteral("Tokayev"),
                           QStringLiteral("Hernandez"), QStringLiteral("Nakamura"), QStringLiteral("Brennan"),
                           QStringLiteral("Aliyev"), QStringLiteral("Kowalski"), QStringLiteral("Haddad"),
                           QStringLiteral("Lindqvist"), QStringLiteral("Mensah"), QStringLiteral("Chen")};
const QStringList titles{QStringLiteral("President"), QStringLiteral("Foreign Minister"), QStringLiteral("Ambassador"),
                         QStringLiteral("Dr."), QStringLiteral("Senator"), QStringLiteral("Director")};
const QStringList places{QStringLiteral("Astana"), QStringLiteral("Baku"), QStringLiteral("Geneva"),
                         QStringLiteral("Nairobi"), QStringLiteral("Lima"), QStringLiteral("Seoul"),
                         QStringLiteral("Kazakhstan"), QStringLiteral("Brazil"), QStringLiteral("Norway"),
                         QStringLiteral("Central Asia"), QStringLiteral("New York"), QStringLiteral("Tashkent")};
const QStringList orgs{QStringLiteral("the Ministry of Foreign Affairs"), QStringLiteral("the United Nations"),
                       QStringLiteral("the World Bank"), QStringLiteral("the Eurasian Development Institute"),
                       QStringLiteral("Reuters"), QStringLiteral("the National Grain Agency"),
                       QStringLiteral("the OSCE"), QStringLiteral("the Harbour Workers Union")};
const QStringList months{QStringLiteral("January"), QStringLiteral("March"), QStringLiteral("May"),
                         QStringLiteral("June"), QStringLiteral("September"), QStringLiteral("November")};
const QStringList verbs{QStringLiteral("said"), QStringLiteral("announced"), QStringLiteral("told reporters"),
                        QStringLiteral("stressed"), QStringLiteral("noted")};
const QStringList topics{QStringLiteral("the new trade corridor"), QStringLiteral("water security"),
                         QStringLiteral("regional cooperation"), QStringLiteral("the grain harvest"),
                         QStringLiteral("energy prices"), QStringLiteral("the rail project")};
const QStringList fillers{
    QStringLiteral("Officials expect the talks to continue next week."),
    QStringLiteral("The plan still needs the approval of parliament."),
    QStringLiteral("Critics argue that the timetable is too ambitious."),
    QStringLiteral("In the meantime, prices have risen by almost a third."),
    QStringLiteral("Stay tuned for more updates on this story."),
    QStringLiteral("The decision was welcomed by farmers, who have waited for years for a reliable supply of water during the dry summer months."),
    QStringLiteral("He pointed out that the cost of the project had grown since it was first proposed, and that further delays would only make it more expensive."),
    QStringLiteral("Analysts said the agreement could help stabilise prices, although much will depend on how quickly the new rules are put into practice."),
    QStringLiteral("According to the report, about 12,500 households were affected, and repairs are expected to take at least three weeks."),
    QStringLiteral("It is not yet clear whether the measures will be enough to meet the targets set out at the beginning of the year."),
    QStringLiteral("Local residents told reporters that they had not been consulted before the work began."),
    QStringLiteral("The figures, published on Wednesday, showed that unemployment fell slightly for the second month in a row, while wages grew faster than expected."),
    QStringLiteral("Some of the money will be spent on new schools and clinics in rural districts, where access to basic services remains poor."),
    QStringLiteral("\"This is a first step, not the last one,\" one of the negotiators said after the meeting, adding that many details were still open."),
    QStringLiteral("The company said it would cut about 300 jobs over the next two years as it moves part of its production abroad."),
    QStringLiteral("Heavy rain over the weekend flooded several roads and left thousands of homes without power for more than a day."),
    QStringLiteral("Opposition parties called the proposal unfair and said they would challenge it in court if it was approved without changes."),
    QStringLiteral("Experts warn that the shortage of skilled workers could slow the economy unless training programmes are expanded quickly."),
    QStringLiteral("The ministry has promised to publish a detailed timetable by the end of the month."),
};

} // namespace

QString generateNews(qsizetype bytes, quint32 seed)
{
    Random rnd(seed);
    QString text;
    text.reserve(bytes + 1024);
    int sentence = 0;
    while (text.size() < bytes) {
        const QString person = rnd.pick(firstNames) + u' ' + rnd.pick(surnames);
        const QString place = rnd.pick(places);
        const QString day = QString::number(1 + rnd.next() % 28);
        const QString year = QString::number(1990 + rnd.next() % 35);
        switch (rnd.next() % 24) {
        case 0:
            text += QStringLiteral("On ") + day + u' ' + rnd.pick(months) + u' ' + year + u", " + rnd.pick(titles)
                + u' ' + person + u' ' + rnd.pick(verbs) + QStringLiteral(" in ") + place + QStringLiteral(" that ")
                + rnd.pick(topics) + QStringLiteral(" would be discussed at the Regional Water Summit.");
            break;
        case 1:
            text += u'"' + QStringLiteral("We have made progress on ") + rnd.pick(topics) + QStringLiteral(",\" ")
                + person + u' ' + rnd.pick(verbs) + QStringLiteral(", according to ") + rnd.pick(orgs) + u'.';
            break;
        case 2:
            text += QStringLiteral("The Council for Cooperation of Turkic Speaking States (CCTS) met in ") + place
                + QStringLiteral(" in ") + year + QStringLiteral(" and adopted the ") + place
                + QStringLiteral(" Declaration, with ") + QString::number(rnd.next() % 500)
                + QStringLiteral(" delegates attending.");
            break;
        case 3:
        case 7:
        case 8:
        case 9:
        case 10:
        case 11:
        case 12:
        case 13:
        case 14:
        case 15:
        case 16:
        case 17:
        case 18:
        case 19:
        case 20:
        case 21:
        case 22:
        case 23:
            text += rnd.pick(fillers);
            break;
        case 4:
            text += QStringLiteral("According to ") + rnd.pick(orgs) + QStringLiteral(", exports from ") + place
                + QStringLiteral(" grew by ") + QString::number(rnd.next() % 40) + u'.'
                + QString::number(rnd.next() % 10) + QStringLiteral("% in ") + rnd.pick(months) + u'.';
            break;
        case 5:
            text += rnd.pick(surnames) + QStringLiteral(" added that the CCTS would send observers to ") + place
                + QStringLiteral(" on ") + rnd.pick(months) + u' ' + day + QStringLiteral(", Trend reports.");
            break;
        default:
            text += QStringLiteral("Earlier, ") + person + QStringLiteral(" of ") + rnd.pick(orgs)
                + QStringLiteral(" visited ") + place + QStringLiteral(" and met ") + rnd.pick(titles) + u' '
                + rnd.pick(surnames) + u'.';
            break;
        }
        ++sentence;
        text += (sentence % 5 == 0) ? u'\n' : u' ';
    }
    return text;
}

} // namespace Annalist
