//! The unified Marketing Automation API: Smartlead campaigns and leads as
//! vendor-neutral campaigns and contacts, with the same paging as every list.

pub mod campaigns;
pub mod contacts;
pub mod model;
