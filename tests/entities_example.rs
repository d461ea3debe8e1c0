//! Golden test: entities of a German news text (../shared/examples/de-blinken-aliyev.txt).

use kernsatz::{summarize, Entity, EntityKind, Lang, Options};

fn entities() -> Option<(String, Vec<Entity>)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/examples/de-blinken-aliyev.txt");
    let text = std::fs::read_to_string(path).ok()?;
    let summary = summarize(&text, &Options::new().lang(Lang::De)).ok()?;
    Some((text, summary.entities))
}

#[test]
fn names_people_places_and_organisations() {
    let Some((text, entities)) = entities() else {
        eprintln!("skipped: ../shared/examples/de-blinken-aliyev.txt not found");
        return;
    };
    let names: Vec<&str> = entities.iter().map(|e| e.text.as_str()).collect();
    for expected in [
        "Antony Blinken",
        "Ilham Aliyev",
        "Aserbaidschan",
        "Vereinigten Staaten",
        "Südlicher Gaskorridor",
        "OSZE Minsker-Gruppe",
        "Türkei",
        "Afghanistan",
    ] {
        assert!(
            entities.iter().any(|e| e.text == expected
                || e.mentions.iter().any(|m| m.text(&text) == expected)),
            "missing {expected:?} in {names:?}"
        );
    }
    // Inflected forms are one entity.
    let country = entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text(&text) == "Aserbaidschan"))
        .expect("Aserbaidschan");
    assert_eq!(country.text, "Aserbaidschan");
    assert!(country
        .mentions
        .iter()
        .any(|m| m.text(&text) == "Aserbaidschans"));
    // Every "Aliyev" is one entity.
    let aliyev: Vec<&Entity> = entities
        .iter()
        .filter(|e| e.mentions.iter().any(|m| m.text(&text).contains("Aliyev")))
        .collect();
    assert_eq!(aliyev.len(), 1, "{names:?}");
    assert!(aliyev[0].mentions.len() >= 8, "{:?}", aliyev[0]);
    // Type guesses: people by their title or first name, places by "in" or "aus".
    let kind = |name: &str| entities.iter().find(|e| e.text == name).map(|e| e.kind);
    assert_eq!(kind("Ilham Aliyev"), Some(EntityKind::Person));
    assert_eq!(kind("Antony Blinken"), Some(EntityKind::Person));
    assert_eq!(kind("Aserbaidschan"), Some(EntityKind::Place));
    assert_eq!(kind("Afghanistan"), Some(EntityKind::Place));
}

#[test]
fn common_nouns_are_no_entities() {
    let Some((text, entities)) = entities() else {
        return;
    };
    for noun in [
        "Telefonat",
        "Wichtigkeit",
        "Zusammenarbeit",
        "Beziehungen",
        "Bedeutung",
        "Umsetzung",
        "Teilnahme",
        "Meinungsaustausch",
        // A participle used as a noun, before a name ("Verbündeter Aserbaidschans").
        "Verbündeter",
    ] {
        for entity in &entities {
            assert!(!entity.text.contains(noun), "{noun} in {:?}", entity.text);
            for m in &entity.mentions {
                assert!(
                    !m.text(&text).contains(noun),
                    "{noun} in {:?}",
                    m.text(&text)
                );
            }
        }
    }
}
