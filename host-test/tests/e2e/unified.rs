//! The `unified` WIT interface called as typed functions through the real host: the
//! same campaigns and contacts the gateway serves, as WIT records and enums.

use host_test::Harness;
use serde_json::{Value, json};
use smartlead_host::bindings::types::{Error, Page};
use smartlead_host::bindings::unified::{CampaignPatch, CampaignStatus, ContactInput, ContactStatus, Phone};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_campaigns_and_contacts() {
    let h = Harness::new();
    let (campaign, leads) = h.campaign_with_leads(3).await;
    let mut s = h.connector.session().await.unwrap();
    let unified = s.bindings.smartlead_connector_unified();
    let id = campaign.to_string();

    let page = Page { limit: Some(10), cursor: None };
    let campaigns = unified.call_list_campaigns(&mut s.store, s.client, false, Some(&page)).await.unwrap().unwrap();
    assert_eq!(campaigns.result.len(), 1);
    assert_eq!((campaigns.result[0].id.as_str(), campaigns.result[0].status), (id.as_str(), Some(CampaignStatus::Draft)));
    let raw: Value = serde_json::from_str(&campaigns.result[0].remote_data).unwrap();
    assert_eq!(raw["id"], json!(campaign));

    let patch = CampaignPatch { name: None, status: Some(CampaignStatus::Paused) };
    let paused = unified.call_update_campaign(&mut s.store, s.client, &id, &patch).await.unwrap().unwrap();
    assert_eq!(paused.status, Some(CampaignStatus::Paused));
    assert_eq!(h.sent("POST", &format!("/campaigns/{campaign}/status"))[0].body, Some(json!({"status": "PAUSED"})));

    let first = Page { limit: Some(2), cursor: None };
    let contacts = unified.call_list_contacts(&mut s.store, s.client, Some(&id), Some(&first)).await.unwrap().unwrap();
    assert_eq!((contacts.result_count, contacts.result[0].id.clone()), (2, leads[0].to_string()));
    let next = Page { limit: None, cursor: contacts.next_cursor.clone() };
    let rest = unified.call_list_contacts(&mut s.store, s.client, Some(&id), Some(&next)).await.unwrap().unwrap();
    assert_eq!((rest.result_count, rest.next_cursor), (1, None));

    let input = ContactInput {
        email: Some("grace@example.com".into()),
        first_name: Some("Grace".into()),
        last_name: None,
        company: None,
        phones: Some(vec![Phone { phone: "555".into(), kind: "work".into() }]),
        addresses: None,
        custom_fields: Some(vec![("team".into(), "navy".into())]),
        status: Some(ContactStatus::Subscribed),
    };
    let grace = unified.call_create_contact(&mut s.store, s.client, &id, &input).await.unwrap().unwrap();
    assert_eq!((grace.email.as_deref(), grace.status), (Some("grace@example.com"), ContactStatus::Subscribed));
    assert_eq!(grace.custom_fields, vec![("team".to_string(), "navy".to_string())]);
    let found = unified.call_get_contact(&mut s.store, s.client, &grace.id, None).await.unwrap().unwrap();
    assert_eq!(found.phones[0].phone, "555");

    let again = unified.call_create_contact(&mut s.store, s.client, &id, &input).await.unwrap();
    match again {
        Err(Error::Remote(e)) => assert!(e.message.contains("already in this campaign"), "{}", e.message),
        other => panic!("a duplicate is reported: {other:?}"),
    }
    assert_eq!(h.sent("POST", &format!("/campaigns/{campaign}/leads")).len(), 3, "each create is sent once");

    for bad in ["abc", "", "1.5"] {
        let e = unified.call_get_campaign(&mut s.store, s.client, bad, false).await.unwrap().unwrap_err();
        assert!(matches!(e, Error::InvalidInput(_)), "{bad}: {e:?}");
    }
    unified.call_delete_contact(&mut s.store, s.client, &grace.id, &id).await.unwrap().unwrap();
    let gone = unified.call_get_contact(&mut s.store, s.client, &grace.id, Some(&id)).await.unwrap().unwrap_err();
    assert!(matches!(gone, Error::NotFound(_)), "{gone:?}");
}
