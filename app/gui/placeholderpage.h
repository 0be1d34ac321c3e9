#pragma once

#include <QWidget>

namespace igw {

// Stands in for a register that is not built yet: says what the page will hold.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString &iconName, const QString &title, const QString &description,
                    QWidget *parent = nullptr);
};

} // namespace igw
