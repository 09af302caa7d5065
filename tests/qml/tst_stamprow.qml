// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Stampdesk

// The stamp card's circles as a cashier reads them at a glance: one a
// stamp of the goal, the collected ones filled (a tick) and first, the
// others with their number; a goal too long to count is a bar; every
// circle fits the width it is given.
Item {
    id: scene

    width: 600
    height: 600

    Component {
        id: rowComponent

        StampRow {
            width: 600
        }
    }

    TestCase {
        name: "StampRow"
        when: windowShown

        // The circles drawn, in order: the Repeater's items, which carry
        // their model data.
        function circles(row) {
            const found = [];
            const todo = [row];
            while (todo.length > 0) {
                const item = todo.shift();
                if (item.modelData !== undefined && item.filled !== undefined)
                    found.push(item);
                for (let i = 0; i < item.children.length; ++i)
                    todo.push(item.children[i]);
            }
            return found.sort((a, b) => a.index - b.index);
        }

        function make(stamps, goal) {
            const row = createTemporaryObject(rowComponent, scene, { stamps: stamps, goal: goal });
            verify(row, "StampRow");
            return row;
        }

        function test_oneCircleAStamp_data() {
            return [
                { tag: "new card", stamps: 0, goal: 8, filled: 0 },
                { tag: "3 of 8", stamps: 3, goal: 8, filled: 3 },
                { tag: "one to go", stamps: 7, goal: 8, filled: 7 },
                { tag: "full", stamps: 8, goal: 8, filled: 8 },
                { tag: "a goal of 1", stamps: 0, goal: 1, filled: 0 },
                { tag: "12 of 30", stamps: 12, goal: 30, filled: 12 }
            ];
        }

        function test_oneCircleAStamp(data) {
            const row = make(data.stamps, data.goal);
            const drawn = circles(row);
            compare(drawn.length, data.goal);
            compare(row.shown, data.filled);
            for (let i = 0; i < drawn.length; ++i) {
                const circle = drawn[i];
                const label = circle.children[0];
                // Collected stamps first, each with a tick; the rest numbered.
                compare(circle.filled, i < data.filled, "circle " + (i + 1));
                compare(label.text, i < data.filled ? "✓" : String(i + 1));
                verify(circle.visible);
            }
            compare(row.Accessible.name, data.filled + " of " + data.goal
                    + (data.goal === 1 ? " stamp" : " stamps"));
        }

        // The count never shows more than the goal (a card past its goal
        // has already started its next cycle).
        function test_neverMoreThanTheGoal() {
            const row = make(11, 8);
            compare(row.shown, 8);
            compare(circles(row).filter(c => c.filled).length, 8);
            compare(circles(row).length, 8);
        }

        function test_followsTheCard() {
            const row = make(3, 8);
            row.stamps = 4;
            compare(circles(row).filter(c => c.filled).length, 4);
            row.stamps = 0;
            compare(circles(row).filter(c => c.filled).length, 0);
            row.goal = 10;
            compare(circles(row).length, 10);
        }

        // A short goal gets circles a cashier reads from a step away; a
        // longer one smaller circles, wrapped so that none is cut off.
        function test_everyCircleFits_data() {
            return [
                { tag: "8", goal: 8, least: 48 },
                { tag: "10", goal: 10, least: 48 },
                { tag: "11", goal: 11, least: 36 },
                { tag: "30", goal: 30, least: 36 }
            ];
        }

        function test_everyCircleFits(data) {
            const row = make(2, data.goal);
            row.height = row.implicitHeight;
            const drawn = circles(row);
            compare(drawn.length, data.goal);
            for (const circle of drawn) {
                verify(circle.width >= data.least, "circle " + (circle.index + 1) + " is "
                       + circle.width + " px");
                compare(circle.height, circle.width);
                const corner = circle.mapToItem(row, circle.width, circle.height);
                verify(corner.x <= row.width + 0.5, "circle " + (circle.index + 1) + " overflows");
                verify(corner.y <= row.implicitHeight + 0.5,
                       "circle " + (circle.index + 1) + " is cut off");
            }
        }

        // Beyond 30 stamps nobody counts circles: a bar, filled in
        // proportion, and no circle at all.
        function test_aLargeGoalIsABar_data() {
            return [
                { tag: "31", stamps: 0, goal: 31 },
                { tag: "10 of 40", stamps: 10, goal: 40 },
                { tag: "100 of 100", stamps: 100, goal: 100 },
                { tag: "1 of 1000", stamps: 1, goal: 1000 }
            ];
        }

        function test_aLargeGoalIsABar(data) {
            const row = make(data.stamps, data.goal);
            verify(!row.asCircles);
            compare(circles(row).length, 0);
            const bar = Array.from(row.children).find(child => child.visible);
            verify(bar, "a bar is shown");
            compare(bar.width, row.width);
            const fill = bar.children[0];
            fuzzyCompare(fill.width, row.width * data.stamps / data.goal, 0.5);
            verify(row.implicitHeight > 0);
            compare(row.Accessible.name, data.stamps + " of " + data.goal + " stamps");
        }
    }
}
