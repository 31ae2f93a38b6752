/* global module */
// Stand-in for office-addin-manifest under jest (see jest.config.js): office-addin-mock needs only this enum.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
