#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QString>

#include <functional>

namespace igw {

class FlowEdgeItem;

// A box on the flow map: one of our assets, a partner organisation, or our organisation
// itself when a flow names it rather than one of its assets. Centred on its position;
// the user can drag it, and its edges follow.
class FlowNodeItem : public QGraphicsItem {
public:
    enum class Kind { Asset, Partner, OurOrganisation };
    enum { Type = UserType + 701 };

    FlowNodeItem(Kind kind, qint64 recordId, const QString &name, const QString &caption,
                 QGraphicsItem *parent = nullptr);

    static QString keyFor(Kind kind, qint64 recordId);
    static QSizeF boxSize(Kind kind);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    qint64 recordId() const { return m_id; }
    QString key() const { return keyFor(m_kind, m_id); }
    QString name() const { return m_name; }
    QRectF box() const; // local coordinates
    QRectF sceneBox() const { return mapRectToScene(box()); }

    void addEdge(FlowEdgeItem *edge) { m_edges.append(edge); }
    const QList<FlowEdgeItem *> &edges() const { return m_edges; }
    // Called after the user (not the layout) moved the node.
    void setMovedHandler(std::function<void(FlowNodeItem *)> handler)
    {
        m_moved = std::move(handler);
    }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Kind m_kind;
    qint64 m_id;
    QString m_name;
    QString m_caption;
    QStringList m_lines; // the name, wrapped to at most two lines
    QList<FlowEdgeItem *> m_edges;
    std::function<void(FlowNodeItem *)> m_moved;
};

// The frame around our organisation's assets, with a heading per business function. It
// grows to keep enclosing its assets when the user drags them.
class FlowGroupItem : public QGraphicsItem {
public:
    enum { Type = UserType + 703 };

    explicit FlowGroupItem(const QString &title, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QString title() const { return m_title; }
    void addHeading(const QString &text, const QPointF &topLeft, qreal width);
    void addNode(FlowNodeItem *node) { m_nodes.append(node); }
    void refit();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static QFont titleFont();
    struct Heading {
        QString text;
        QRectF rect;
    };
    QString m_title;
    QList<Heading> m_headings;
    QList<FlowNodeItem *> m_nodes;
    QRectF m_rect;
};

namespace flowMapFonts {
QFont name();
QFont caption();
QFont label();
QFont heading();
} // namespace flowMapFonts

} // namespace igw
